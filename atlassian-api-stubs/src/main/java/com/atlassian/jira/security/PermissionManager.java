package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira's project permission checks.
 *
 * <p>Source: Atlassian's Slack plugin compiled against Jira 10.0.0 calls both overloads:
 * {@code permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, applicationUser)}
 * in {@code web/rest/IssuePanelResource.java} and {@code hasPermission(ProjectPermissions.ADMINISTER_PROJECTS,
 * project, user)} in {@code spi/impl/JiraSlackLinkAccessManager.java}, using the boolean result.
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6, Jira 10.0.0: both hasPermission overloads"
                + " (IssuePanelResource.java, spi/impl/JiraSlackLinkAccessManager.java); interface per"
                + " docs.atlassian.com/jira/latest PermissionManager")
public interface PermissionManager {

    /** Whether the user (null: anonymous) has the permission on the issue's project and security level. */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    /** Whether the user (null: anonymous) has the permission in the project. */
    @ApiSource(
            value =
                    "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/spi/impl/JiraSlackLinkAccessManager.java",
            note =
                    "permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user), Jira 10.0.0")
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
