package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of the workflow service; only listing and creating workflows. Jira declares
 * {@code throws WorkflowException} on {@code createWorkflow}; that exception is unchecked (the Jira
 * 8.20.22 caller below catches only {@code FactoryException}), so the stub leaves it out.
 */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowManager.java",
        note = "cures-hub/cures-condec-jira@fbadb34 MockWorkflowManager implements WorkflowManager, Jira 8.20.22")
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
}
