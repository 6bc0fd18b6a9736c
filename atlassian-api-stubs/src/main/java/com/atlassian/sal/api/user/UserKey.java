package com.atlassian.sal.api.user;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of SAL's user key, a final value class.
 *
 * <p>Source: atlassian-labs/atlassian-slack-integration-server@5e676f6, module shared by its Jira
 * 10.0.0 plugin: {@code new UserKey(userIdString)} in {@code PersonalNotificationService.java} and
 * {@code userManager.getRemoteUserKey().getStringValue()} in {@code SlackGlobalAdminDataProvider.java}.
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/bitbucket-slack-server-integration-plugin/src/main/java/com/atlassian/bitbucket/plugins/slack/notification/configuration/PersonalNotificationService.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6 (SAL of platform 7): new UserKey(String), "
                + "getStringValue(); final class per a public copy of SAL's UserKey (\"directly copied from SAL\")")
public final class UserKey {
    private final String userKey;

    /** A user key from its string form. */
    public UserKey(String userKey) {
        this.userKey = userKey;
    }

    /** The string form of the key. */
    public String getStringValue() {
        return userKey;
    }
}
