package com.atlassian.jira.workflow;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the options of a workflow transition check (skip conditions, validators,
 * permissions); only {@link #defaults()}, which skips nothing. Its builder and getters are omitted.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/workflow/TransitionOptions.java",
        note = "Jira 6.3+ source copy: @PublicApi public class TransitionOptions with a private constructor and "
                + "public static TransitionOptions defaults(); TransitionOptions.defaults() is called by "
                + "mailru/jira-plugins-mrimsender@12bdf7f IssueServiceImpl.java (Jira 9.4.1)")
public class TransitionOptions {

    private TransitionOptions() {
        // compile-only stub
    }

    /** The options that skip no condition, validator or permission: "business as usual". */
    @ApiSource(
            value =
                    "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueServiceImpl.java",
            note = "Jira 9.4.1: issueWorkflowManager.getSortedAvailableActions(issue, TransitionOptions.defaults(), "
                    + "user); static in the 6.x source copy")
    public static TransitionOptions defaults() {
        return new TransitionOptions();
    }
}
