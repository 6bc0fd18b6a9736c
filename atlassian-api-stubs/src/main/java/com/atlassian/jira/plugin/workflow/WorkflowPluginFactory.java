package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import io.phasegate.stubs.ApiSource;
import java.util.Map;

/**
 * Compile-only stub of Jira's factory contract for workflow conditions, functions and validators.
 *
 * <p>Source: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html
 * (the generic signatures below are already in the 4.0 javadoc; no 9.x/10.x javadoc page was
 * reachable). Still implemented unchanged by Atlassian's Jira 10.0.0 Slack plugin, whose
 * {@code SlackPostFunctionFactory} overrides {@code getDescriptorParams(Map<String, Object>)}.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html",
        note = "Jira 4.0 javadoc (no Jira 9/10 javadoc reachable); still implemented against Jira 10.0.0 by "
                + "atlassian-labs/atlassian-slack-integration-server@5e676f6 SlackPostFunctionFactory.java")
public interface WorkflowPluginFactory {

    /**
     * Parameters for the velocity template named {@code resourceName}: typically "view",
     * "input-parameters" or "edit-parameters".
     */
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    /** Turns the submitted configuration form (values usually {@code String[]}) into descriptor args. */
    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
