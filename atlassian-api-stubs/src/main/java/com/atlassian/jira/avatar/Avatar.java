package com.atlassian.jira.avatar;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of an icon (of a project, user or issue type); only its id and file name. Its
 * other members (type, content type, owner, system flag) and nested enums are omitted.
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java",
        note = "Jira 10.0.0: getDummyIssue() builds an anonymous new Avatar() { ... } overriding getFileName(), "
                + "getId() and the other members; @PublicApi public interface Avatar in the 6.x source copy "
                + "turgaycelik/mysource@ee01e28")
public interface Avatar {

    /** The database id of the avatar, null if it was not stored yet. */
    @ApiSource(
            value =
                    "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java",
            note = "Jira 10.0.0: @Override public Long getId()")
    Long getId();

    /** The base file name of the avatar image, such as {@code story.svg}. */
    @ApiSource(
            value =
                    "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java",
            note = "Jira 10.0.0: @Nonnull @Override public String getFileName()")
    String getFileName();
}
