package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import io.phasegate.stubs.ApiSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Compile-only stub of Jira's base class for workflow plugin factories.
 *
 * <p>Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/postfunction/SlackPostFunctionFactory.java
 * (built against Jira 10.0.0; extends this class and overrides the three protected hooks with
 * exactly these generic signatures). Only the members Phasegate uses are declared: the real class
 * also has {@code extractSingleParam}, {@code extractMultipleParams} and a {@code createMap}
 * helper whose signature differs between versions, none of which are stubbed.
 *
 * <p>The body of {@link #getVelocityParams} is a minimal stand-in that dispatches on the resource
 * name like the real class does; this module is compile-only and never packaged, so Jira's own
 * implementation is the one that runs.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "postfunction/SlackPostFunctionFactory.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6 SlackPostFunctionFactory.java, "
                + "Jira 10.0.0 (jira-slack-server-integration/pom.xml jira.version): @Override of the three "
                + "protected abstract hooks")
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    /** The no-argument constructor that subclasses call implicitly. */
    @ApiSource(
            value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                    + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                    + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                    + "postfunction/SlackPostFunctionFactory.java",
            note = "SlackPostFunctionFactory's constructor calls the implicit super(), Jira 10.0.0")
    public AbstractWorkflowPluginFactory() {}

    /**
     * Creates the parameter map and hands it to the hook for "view", "input-parameters" or
     * "edit-parameters". Stub body only: Jira's real implementation runs inside Jira.
     */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/"
                    + "WorkflowPermissionValidatorPluginFactory.html",
            note = "Jira 7.0.8 javadoc lists getVelocityParams as implemented in AbstractWorkflowPluginFactory. "
                    + "Covariant return Map<String, Object> as in the public jira-api source copy "
                    + "github.com/turgaycelik/mysource (Jira 6.x, AbstractWorkflowPluginFactory.java); "
                    + "erasure equals WorkflowPluginFactory's")
    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Map<String, Object> velocityParams = new HashMap<>();
        if ("view".equals(resourceName)) {
            getVelocityParamsForView(velocityParams, descriptor);
        } else if ("input-parameters".equals(resourceName)) {
            getVelocityParamsForInput(velocityParams);
        } else if ("edit-parameters".equals(resourceName)) {
            getVelocityParamsForEdit(velocityParams, descriptor);
        }
        return velocityParams;
    }

    /** Fills the parameters for the "input-parameters" template (adding the plugin to a transition). */
    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    /** Fills the parameters for the "edit-parameters" template from the saved descriptor. */
    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    /** Fills the parameters for the "view" template (the summary shown on the transition). */
    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
