package com.atlassian.jira.icon;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the kind of thing an avatar or icon belongs to; only the issue type constant.
 * Its other constants and members are omitted.
 */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
        note = "cures-hub/cures-condec-jira@fbadb34 (jira-api 8.8.1) imports com.atlassian.jira.icon.IconType and "
                + "reads IconType.ISSUE_TYPE_ICON_TYPE; its MockAvatarManager @Overrides methods taking IconType. "
                + "The class kind is inferred from the static constant (no javadoc page found)")
public final class IconType {

    /** Issue type icons. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "AvatarImpl.createCustomAvatar(..., IconType.ISSUE_TYPE_ICON_TYPE), jira-api 8.8.1")
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    private IconType() {
        // compile-only stub
    }
}
