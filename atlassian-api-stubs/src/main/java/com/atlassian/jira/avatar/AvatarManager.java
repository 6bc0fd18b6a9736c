package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;
import io.phasegate.stubs.ApiSource;

/** Compile-only stub of the avatar service; only the default avatar id of an icon type. */
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
}
