package io.phasegate.jira.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.function.Predicate;

/**
 * Which issues the person looking may browse (project permission and issue security, Jira's
 * {@code BROWSE_PROJECTS} on the issue), for what Phasegate shows them about linked issues.
 */
public final class ViewerVisibility {
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    public ViewerVisibility(PermissionManager permissions, JiraAuthenticationContext authentication) {
        this.permissions = permissions;
        this.authentication = authentication;
    }

    /** What the user may browse; {@code null} is an anonymous user. */
    public Predicate<Issue> of(ApplicationUser user) {
        return issue -> issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    /** What the logged-in user (anonymous when nobody is) may browse, as of this call. */
    public Predicate<Issue> ofLoggedInUser() {
        return of(authentication.getLoggedInUser());
    }
}
