package io.phasegate.jira.setup;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.phasegate.core.setup.IconChoice;
import io.phasegate.core.setup.IssueTypeIcons;
import io.phasegate.core.setup.IssueTypeSpec;
import io.phasegate.core.setup.SetupFailure;
import io.phasegate.core.setup.SetupMessage;
import io.phasegate.core.setup.SystemIcon;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates standard issue types with one of Jira's own system issue type icons, chosen by file name
 * ({@link IssueTypeIcons}); when Jira has none of the preferred icons, or cannot list them, the type
 * gets Jira's default issue type icon. Phasegate's own icons are not uploaded: creating a custom
 * avatar needs {@code AvatarImpl}, which is not in Jira's public API.
 */
public final class JiraIssueTypes {
    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueTypes.class);

    private final IssueTypeManager issueTypeManager;
    private final AvatarManager avatarManager;

    public JiraIssueTypes(IssueTypeManager issueTypeManager, AvatarManager avatarManager) {
        this.issueTypeManager = issueTypeManager;
        this.avatarManager = avatarManager;
    }

    /** Creates the issue type; returns its id. */
    public String create(IssueTypeSpec spec) {
        Long icon = icon(spec.key())
                .icon()
                .map(SystemIcon::id)
                .orElseGet(() -> avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE));
        IssueType type = issueTypeManager.createIssueType(spec.name(), spec.description(), icon);
        if (type == null) {
            throw new SetupFailure(SetupMessage.of("failure.issue-type", spec.name()), null);
        }
        return type.getId();
    }

    /** The icon the issue type with blueprint key {@code issueTypeKey} gets, from Jira's icons now. */
    public IconChoice icon(String issueTypeKey) {
        return IssueTypeIcons.choose(issueTypeKey, systemIcons());
    }

    private List<SystemIcon> systemIcons() {
        List<SystemIcon> icons = new ArrayList<>();
        try {
            List<Avatar> avatars = avatarManager.getAllSystemAvatars(IconType.ISSUE_TYPE_ICON_TYPE);
            for (Avatar avatar : avatars == null ? List.<Avatar>of() : avatars) {
                if (avatar != null && avatar.getId() != null && avatar.getFileName() != null) {
                    icons.add(new SystemIcon(avatar.getId(), avatar.getFileName()));
                }
            }
        } catch (RuntimeException e) {
            // An icon never stops the set-up: without the list the type gets Jira's default icon.
            LOG.warn("Phasegate could not list Jira's system issue type icons; using the default icon", e);
        }
        return icons;
    }
}
