package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the system project permissions. Only the one Phasegate checks is declared.
 *
 * <p>Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 * ({@code public class ProjectPermissions}, {@code public static final ProjectPermissionKey BROWSE_PROJECTS});
 * passed to {@code PermissionManager.hasPermission} by Atlassian's Slack plugin on Jira 10.0.0.
 * A static final field of a class type is read at run time, so the stub's value is never used.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html",
        note = "Jira 7.x javadoc (class, static final ProjectPermissionKey fields); BROWSE_PROJECTS used in"
                + " Jira 10.0.0 code: Slack plugin @5e676f6 web/rest/IssuePanelResource.java")
public class ProjectPermissions {
    /** Browse projects and the issues in them. */
    @ApiSource(
            value =
                    "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java",
            note = "permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, applicationUser)")
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
}
