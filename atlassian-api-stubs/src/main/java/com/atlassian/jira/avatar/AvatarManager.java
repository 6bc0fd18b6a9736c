package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;
import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of the avatar service; only the default avatar id of an icon type and the list of
 * system avatars. Jira declares {@code throws DataAccessException} on the list, a {@code
 * RuntimeException} (6.x source copy), so the clause is left out.
 */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockAvatarManager.java",
        note = "cures-hub/cures-condec-jira@fbadb34 MockAvatarManager implements AvatarManager (jira-api 8.8.1); "
                + "ComponentAccessor.getAvatarManager() in its JiraSchemeManager.java")
public interface AvatarManager {

    /** The id of the default avatar (icon) for {@code iconType}. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockAvatarManager.java",
            note = "@Override public Long getDefaultAvatarId(@Nonnull IconType iconType), jira-api 8.8.1")
    Long getDefaultAvatarId(IconType iconType);

    /** Every system avatar (shipped with Jira) of {@code iconType}. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockAvatarManager.java",
            note = "@Nonnull @Override public List<Avatar> getAllSystemAvatars(IconType iconType) throws "
                    + "DataAccessException, jira-api 8.8.1; called with IconType.ISSUE_TYPE_ICON_TYPE and "
                    + ".get(5).getId() by the IssueTypePluginInitializer in jira-api-reference.md section 3.1")
    List<Avatar> getAllSystemAvatars(IconType iconType);
}
