package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.loader.ActionDescriptor;
import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of Jira's per-issue workflow service ("Works with workflows on Issues", since
 * 5.0); only the per-user, sorted list of the transitions a user can take now. The deprecated
 * current-user variants and {@code isValidAction} are omitted.
 */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueServiceImpl.java",
        note = "Jira 9.4.1: @ComponentImport IssueWorkflowManager (constructor injection). Interface kind and "
                + "javadoc: Jira 7.1.9 package summary (docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/"
                + "package-summary.html) and the 6.3 source copy turgaycelik/mysource@ee01e28")
public interface IssueWorkflowManager {

    /**
     * The transitions {@code user} can take on the issue in its current state, sorted by their
     * sequence: conditions and the Transition Issues permission are checked for that user.
     */
    @ApiSource(
            value =
                    "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueServiceImpl.java",
            note = "Jira 9.4.1: List<ActionDescriptor> actions = issueWorkflowManager.getSortedAvailableActions("
                    + "issue, TransitionOptions.defaults(), user); declared (since 6.3) in the source copy "
                    + "turgaycelik/mysource@ee01e28 .../jira-api/.../workflow/IssueWorkflowManager.java")
    List<ActionDescriptor> getSortedAvailableActions(
            Issue issue, TransitionOptions transitionOptions, ApplicationUser user);
}
