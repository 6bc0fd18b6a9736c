package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a Jira workflow: the OSWorkflow descriptor plus Jira's status mapping.
 *
 * <p>Source: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html
 * ({@code @PublicApi public interface JiraWorkflow extends Comparable<JiraWorkflow>},
 * {@code WorkflowDescriptor getDescriptor()}); {@code String getName()} and {@code StepDescriptor
 * getLinkedStep(Status status)} ("The StepDescriptor linked, or null if no steps are linked to this
 * status") as declared in the public Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28,
 * {@code JiraWorkflow.java}). The {@code Comparable<JiraWorkflow>} supertype is omitted (not used).
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html",
        note = "Jira 7.1.9 javadoc; getName/getLinkedStep(Status) also in the Jira 6.x jira-api source copy "
                + "turgaycelik/mysource@ee01e28; supertype Comparable omitted; not verified on 9/10")
public interface JiraWorkflow {

    String getName();

    /** The OSWorkflow descriptor: steps, their actions (transitions) and the global actions. */
    WorkflowDescriptor getDescriptor();

    /** The step linked to the status, or {@code null} if none is. */
    StepDescriptor getLinkedStep(Status status);
}
