package io.phasegate.jira.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.issue.StatusCategory;

/** The identifying facts of a Jira issue, tolerant of the nulls Jira gives for issues being created. */
final class JiraIssueRefs {
    /** Stands in for the key of an issue that Jira has not saved yet (create transition). */
    static final IssueKey UNSAVED = IssueKey.of("NEW-0");

    private static final String UNKNOWN = "Unknown";

    private JiraIssueRefs() {}

    static IssueRef ref(Issue issue) {
        return new IssueRef(key(issue), issueType(issue), statusName(issue), statusCategory(issue));
    }

    static IssueKey key(Issue issue) {
        String key = issue.getKey();
        return key == null ? UNSAVED : IssueKey.of(key);
    }

    static String issueType(Issue issue) {
        IssueType type = issue.getIssueType();
        return type == null || type.getName() == null ? UNKNOWN : type.getName();
    }

    static String statusName(Issue issue) {
        Status status = issue.getStatus();
        return status == null || status.getName() == null ? UNKNOWN : status.getName();
    }

    static StatusCategory statusCategory(Issue issue) {
        Status status = issue.getStatus();
        if (status == null || status.getStatusCategory() == null) {
            return StatusCategory.UNKNOWN;
        }
        return StatusCategory.fromJiraKey(status.getStatusCategory().getKey());
    }
}
