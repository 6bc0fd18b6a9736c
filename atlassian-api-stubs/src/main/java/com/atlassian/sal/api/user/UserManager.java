package com.atlassian.sal.api.user;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of SAL's user service; only the current user's key and the two admin checks.
 *
 * <p>Source: atlassian-labs/atlassian-slack-integration-server@5e676f6 (Jira 10.0.0)
 * {@code ConfigurationRestService}: {@code final UserKey userKey = userManager.getRemoteUserKey();
 * return userKey != null && (userManager.isAdmin(userKey) || userManager.isSystemAdmin(userKey));}
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/ConfigurationRestService.java",
        note =
                "atlassian-labs/atlassian-slack-integration-server@5e676f6, Jira 10.0.0 (SAL of platform 7): "
                        + "getRemoteUserKey(), isAdmin(UserKey), isSystemAdmin(UserKey) on com.atlassian.sal.api.user.UserManager")
public interface UserManager {

    /** The key of the user of the current request, or null when anonymous. */
    UserKey getRemoteUserKey();

    /** Whether the user is a Jira administrator (or system administrator). */
    boolean isAdmin(UserKey userKey);

    /** Whether the user is a Jira system administrator. */
    boolean isSystemAdmin(UserKey userKey);
}
