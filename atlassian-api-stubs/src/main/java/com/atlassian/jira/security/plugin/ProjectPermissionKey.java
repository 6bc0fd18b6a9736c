package com.atlassian.jira.security.plugin;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the key of a project permission. Phasegate only passes the constants of
 * {@code ProjectPermissions} on; the type is needed for {@code PermissionManager.hasPermission}.
 *
 * <p>Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
 * (a final class wrapping the permission's key string).
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/plugin/ProjectPermissionKey.html",
        note = "Jira 7.x javadoc: public final class ProjectPermissionKey(String permissionKey); the parameter type"
                + " of PermissionManager.hasPermission in Jira 10 code (Slack plugin @5e676f6)")
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
