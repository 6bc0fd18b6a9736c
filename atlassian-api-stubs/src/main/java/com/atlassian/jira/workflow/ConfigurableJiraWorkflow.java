package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the editable workflow class; only the constructor Phasegate uses. In Jira it
 * extends {@code AbstractJiraWorkflow}; the stub implements {@link JiraWorkflow} directly (the
 * intermediate class's own members are not used); the interface's methods, which Jira implements in
 * that superclass, are implemented here only so the stub compiles.
 */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
        note = "cures-hub/cures-condec-jira@fbadb34 JiraSchemeManager.java, Jira 8.20.22; superclass "
                + "AbstractJiraWorkflow omitted")
public class ConfigurableJiraWorkflow implements JiraWorkflow {

    /** A new, not yet saved workflow named {@code name} with the steps and transitions of {@code descriptor}. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "jiraWorkflow = new ConfigurableJiraWorkflow(name, myWorkflowDescriptor, workflowManager), "
                    + "assigned to JiraWorkflow, Jira 8.20.22")
    public ConfigurableJiraWorkflow(String name, WorkflowDescriptor descriptor, WorkflowManager workflowManager) {
        // compile-only stub
    }

    @Override
    public String getName() {
        throw new IllegalStateException("stub");
    }

    @Override
    public WorkflowDescriptor getDescriptor() {
        throw new IllegalStateException("stub");
    }

    @Override
    public StepDescriptor getLinkedStep(Status status) {
        throw new IllegalStateException("stub");
    }
}
