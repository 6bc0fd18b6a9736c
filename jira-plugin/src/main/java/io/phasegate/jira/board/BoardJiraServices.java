package io.phasegate.jira.board;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import java.util.Objects;

/** The Jira (not Jira Software) services a board reading uses: statuses, the search, fields, changelogs. */
public record BoardJiraServices(
        ConstantsManager constants,
        BoardIssueSearch search,
        CustomFieldManager customFields,
        ChangeHistoryManager changelogs,
        JiraIssueSnapshots snapshots) {
    public BoardJiraServices {
        Objects.requireNonNull(constants, "constants");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(customFields, "customFields");
        Objects.requireNonNull(changelogs, "changelogs");
        Objects.requireNonNull(snapshots, "snapshots");
    }
}
