package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of Jira's workflow service: listing, creating and looking up workflows. Jira declares
 * {@code throws WorkflowException} on {@code createWorkflow} and {@code getWorkflow(Issue)}; that exception
 * is a {@code RuntimeException} ("RuntimeException wrapper for any errors"; the Jira 8.20.22 caller below
 * catches only {@code FactoryException}), so the clause is not part of the call's bytecode and the stub
 * leaves it out. Jira 10.0.0 code imports the type as a component (atlassian-slack-integration-server@5e676f6
 * {@code ComponentImports.java}), which shows it still exists.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/WorkflowManager.html",
        note = "Jira 7.0.8 javadoc (@PublicApi interface); members from cures-hub/cures-condec-jira@fbadb34 "
                + "MockWorkflowManager (Jira 8.20.22) and the Jira 6.x source copy turgaycelik/mysource@ee01e28")
public interface WorkflowManager {

    /** Every workflow, active or not. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowManager.java",
            note = "@Override public Collection<JiraWorkflow> getWorkflows(), Jira 8.20.22")
    Collection<JiraWorkflow> getWorkflows();

    /** Saves a new, inactive workflow on behalf of {@code creator}. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowManager.java",
            note = "@Override public void createWorkflow(ApplicationUser arg0, JiraWorkflow arg1) throws "
                    + "WorkflowException; called by JiraSchemeManager.java of the same commit, Jira 8.20.22")
    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow);

    /** The workflow the issue moves through. */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/WorkflowManager.html",
            note = "JiraWorkflow getWorkflow(Issue issue) throws WorkflowException; also in the Jira 6.x "
                    + "jira-api source copy turgaycelik/mysource@ee01e28; not verified on 9/10")
    JiraWorkflow getWorkflow(Issue issue);
}
