package com.atlassian.jira.issue;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the common interface of issue types, statuses, priorities and resolutions.
 *
 * <p>Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
 * (built against Jira 10.0.0; anonymous {@code IssueType}, {@code Status} and {@code Priority}
 * implementations override {@code String getId()} and {@code String getName()}). Both methods are
 * declared in {@code IssueConstant} itself
 * (https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html; in the Jira
 * 7.0.8 javadoc {@code MockIssueConstant.getName()} is still specified by {@code IssueConstant}).
 *
 * <p>Hierarchy: the real interface also extends raw {@code Comparable} (the Jira 10 anonymous
 * classes override {@code compareTo(Object)}) and, in the Jira 7 javadoc, {@code NamedWithDescription}.
 * Those supertypes are omitted because Phasegate uses no member that comes only from them.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "web/rest/SlackMessageResource.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6 SlackMessageResource.java, Jira 10.0.0: "
                + "anonymous IssueType/Status/Priority override getId()/getName(); declared in IssueConstant per "
                + "Jira 4.4.4 javadoc; supertypes Comparable (raw) and NamedWithDescription omitted")
public interface IssueConstant {

    /** The constant's id, e.g. {@code "10001"}. */
    String getId();

    /** The constant's (untranslated) name. */
    String getName();
}
