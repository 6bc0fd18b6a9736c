package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a Jira issue type.
 *
 * <p>Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
 * (Jira 10.0.0; anonymous {@code IssueType} overriding {@code boolean isSubTask()}). The
 * {@code extends IssueConstant} relation is in
 * https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html.
 * {@code getName()}/{@code getId()} are inherited from {@link IssueConstant}.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "web/rest/SlackMessageResource.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6 SlackMessageResource.java, Jira 10.0.0: "
                + "anonymous IssueType; 'IssueType extends IssueConstant' per Jira 7.1.7 javadoc "
                + "https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html")
public interface IssueType extends IssueConstant {

    /** Whether issues of this type are sub-tasks. */
    boolean isSubTask();
}
