package io.phasegate.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.contract.ApiException;
import io.phasegate.contract.Visibility;
import io.phasegate.jira.board.BoardDataSource;
import io.phasegate.jira.board.JiraBoard;
import io.phasegate.jira.i18n.JiraMessages;

/**
 * Who is asking and what they may see: every resource starts here. A caller must be logged in
 * (401); a board is visible to those who may browse its project and whom Jira Software lets see
 * the board (403 otherwise); drill-down issues to those who may browse the issue (project permission
 * and issue security).
 */
public final class Permissions {
    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final IssueManager issues;
    private final BoardDataSource boards;
    private final JiraMessages messages;

    public Permissions(
            JiraAuthenticationContext authentication,
            PermissionManager permissions,
            ProjectManager projects,
            IssueManager issues,
            BoardDataSource boards,
            JiraMessages messages) {
        this.authentication = authentication;
        this.permissions = permissions;
        this.projects = projects;
        this.issues = issues;
        this.boards = boards;
        this.messages = messages;
    }

    /** The logged-in user; 401 {@code not-logged-in} for anonymous callers. */
    public ApplicationUser caller() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new ApiException(401, "not-logged-in", messages.textAsGiven("phasegate.rest.error.not-logged-in"));
        }
        return user;
    }

    /**
     * Whether the user may browse the board's project and Jira Software lets them see the board; a
     * board without a project is seen by nobody.
     */
    public boolean canSee(ApplicationUser user, JiraBoard board) {
        return canBrowseProject(user, board) && boards.canSee(user, board.id());
    }

    /** The board, if the user may see it: 403 {@code forbidden} otherwise. */
    public JiraBoard require(ApplicationUser user, JiraBoard board) {
        if (!canBrowseProject(user, board)) {
            throw new ApiException(
                    403,
                    "forbidden",
                    board.projectKey() == null
                            ? messages.textAsGiven(
                                    "phasegate.rest.error.project-forbidden-no-project", String.valueOf(board.id()))
                            : messages.textAsGiven(
                                    "phasegate.rest.error.project-forbidden",
                                    board.projectKey(),
                                    String.valueOf(board.id())));
        }
        if (!boards.canSee(user, board.id())) {
            throw new ApiException(
                    403,
                    "forbidden",
                    messages.textAsGiven("phasegate.rest.error.board-forbidden", String.valueOf(board.id())));
        }
        return board;
    }

    private boolean canBrowseProject(ApplicationUser user, JiraBoard board) {
        if (board.projectKey() == null) {
            return false;
        }
        Project project = projects.getProjectByCurrentKey(board.projectKey());
        return project != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    /** The issue with this key if the user may browse it; empty when there is none or they may not. */
    public java.util.Optional<MutableIssue> browsableIssue(ApplicationUser user, String key) {
        MutableIssue issue = issues.getIssueByCurrentKey(key);
        if (issue == null || !mayBrowse(user, issue)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(issue);
    }

    /** Whether the user may browse the issue (project permission and issue security). */
    public boolean mayBrowse(ApplicationUser user, Issue issue) {
        return permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    /** The drill-down filter for the user. */
    public Visibility visibility(ApplicationUser user) {
        return key -> browsableIssue(user, key.value()).isPresent();
    }
}
