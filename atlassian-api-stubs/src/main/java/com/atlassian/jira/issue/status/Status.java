package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a Jira workflow status.
 *
 * <p>Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
 * (Jira 10.0.0; anonymous {@code Status} overriding {@code StatusCategory getStatusCategory()} plus
 * the {@link IssueConstant} methods). {@code Status} is listed as a sub-interface of
 * {@code IssueConstant} in https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "web/rest/SlackMessageResource.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6 SlackMessageResource.java, Jira 10.0.0: "
                + "anonymous Status; 'Status extends IssueConstant' per "
                + "https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html (subinterfaces)")
public interface Status extends IssueConstant {

    /** The category ("To Do" / "In Progress" / "Done") this status belongs to. */
    StatusCategory getStatusCategory();
}
