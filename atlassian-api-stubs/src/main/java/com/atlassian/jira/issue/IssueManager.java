package com.atlassian.jira.issue;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira's issue lookup. Only the member Phasegate calls is declared.
 *
 * <p>Source: Atlassian's Slack plugin compiled against Jira 10.0.0:
 * {@code final MutableIssue issue = issueManager.getIssueByCurrentKey(key);}
 * ({@code service/listener/SlackEventHandlerService.java}); null when no issue has the key.
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/SlackEventHandlerService.java",
        note = "Slack plugin @5e676f6, Jira 10.0.0: MutableIssue getIssueByCurrentKey(String); interface per"
                + " docs.atlassian.com/jira/latest IssueManager")
public interface IssueManager {
    /** The issue whose current key this is, or null. */
    MutableIssue getIssueByCurrentKey(String key);
}
