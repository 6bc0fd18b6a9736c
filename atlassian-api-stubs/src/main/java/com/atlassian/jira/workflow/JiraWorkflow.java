package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a Jira workflow: its name, the OSWorkflow descriptor and Jira's status mapping.
 *
 * <p>{@code @PublicApi public interface JiraWorkflow extends Comparable<JiraWorkflow>} per the Jira 7.1.9
 * javadoc; the {@code Comparable<JiraWorkflow>} supertype is omitted (not used).
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html",
        note = "Jira 7.1.9 javadoc (type, getDescriptor); getName used by cures-hub/cures-condec-jira@fbadb34 "
                + "(Jira 8.20.22); getLinkedStep(Status) in the Jira 6.x jira-api source copy "
                + "turgaycelik/mysource@ee01e28; supertype Comparable omitted; not verified on 9/10")
public interface JiraWorkflow {

    /** The workflow's name, unique in Jira. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "myWorkflowSchemeBuilder.setMapping(jiraIssueType.getId(), jiraWorkflow.getName()), Jira 8.20.22")
    String getName();

    /** The OSWorkflow descriptor: steps, their actions (transitions) and the global actions. */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html",
            note = "WorkflowDescriptor getDescriptor(), Jira 7.1.9 javadoc")
    WorkflowDescriptor getDescriptor();

    /** The step linked to the status, or {@code null} if none is. */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html",
            note = "StepDescriptor getLinkedStep(Status status) — \"The StepDescriptor linked, or null if no steps "
                    + "are linked to this status\"; also in the Jira 6.x source copy turgaycelik/mysource@ee01e28")
    StepDescriptor getLinkedStep(Status status);
}
