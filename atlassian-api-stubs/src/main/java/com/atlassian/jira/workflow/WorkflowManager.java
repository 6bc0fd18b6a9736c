package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira's workflow service.
 *
 * <p>Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/WorkflowManager.html
 * ({@code @PublicApi public interface WorkflowManager}); the member {@code JiraWorkflow
 * getWorkflow(Issue issue) throws WorkflowException} is in the public Jira 6.x jira-api source copy
 * (turgaycelik/mysource@ee01e28, {@code WorkflowManager.java}). Jira 10.0.0 code imports the type as
 * a component (atlassian-slack-integration-server@5e676f6 {@code ComponentImports.java}), which shows
 * it still exists, not its members. The {@code throws WorkflowException} clause is omitted: that
 * exception is a {@code RuntimeException} ("RuntimeException wrapper for any errors"), so the clause
 * is not part of the call's bytecode; Phasegate catches runtime exceptions around the call.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/WorkflowManager.html",
        note = "Jira 7.0.8 javadoc (type); getWorkflow(Issue) from the Jira 6.x jira-api source copy "
                + "turgaycelik/mysource@ee01e28; unchecked throws WorkflowException omitted; not verified on 9/10")
public interface WorkflowManager {

    /** The workflow the issue moves through. */
    JiraWorkflow getWorkflow(Issue issue);
}
