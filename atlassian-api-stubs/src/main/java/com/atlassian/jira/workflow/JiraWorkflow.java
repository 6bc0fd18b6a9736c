package com.atlassian.jira.workflow;

import io.phasegate.stubs.ApiSource;

/** Compile-only stub of a Jira workflow; only its name. */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
        note = "cures-hub/cures-condec-jira@fbadb34 JiraSchemeManager.java, Jira 8.20.22")
public interface JiraWorkflow {

    /** The workflow's name, unique in Jira. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "myWorkflowSchemeBuilder.setMapping(jiraIssueType.getId(), jiraWorkflow.getName()), Jira 8.20.22")
    String getName();
}
