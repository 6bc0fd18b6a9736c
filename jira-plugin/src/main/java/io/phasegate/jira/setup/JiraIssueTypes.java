package io.phasegate.jira.setup;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.phasegate.core.setup.IssueTypeSpec;
import io.phasegate.core.setup.SetupFailure;
import io.phasegate.core.setup.SetupMessage;

/**
 * Creates standard issue types with Jira's default issue type icon. Phasegate's own icons are not
 * uploaded: creating a custom avatar needs {@code AvatarImpl}, which is not in Jira's public API
 * (docs/admin-guide.md says how to set the icon by hand).
 */
public final class JiraIssueTypes {
    private final IssueTypeManager issueTypeManager;
    private final AvatarManager avatarManager;

    public JiraIssueTypes(IssueTypeManager issueTypeManager, AvatarManager avatarManager) {
        this.issueTypeManager = issueTypeManager;
        this.avatarManager = avatarManager;
    }

    /** Creates the issue type; returns its id. */
    public String create(IssueTypeSpec spec) {
        Long icon = avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
        IssueType type = issueTypeManager.createIssueType(spec.name(), spec.description(), icon);
        if (type == null) {
            throw new SetupFailure(SetupMessage.of("failure.issue-type", spec.name()), null);
        }
        return type.getId();
    }
}
