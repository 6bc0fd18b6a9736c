package io.phasegate.core.setup;

import java.util.Objects;
import java.util.Optional;

/**
 * The icon Phasegate gives a new issue type: one of Jira's system icons, or, when none of the
 * preferred ones is there, Jira's default issue type icon.
 *
 * @param issueTypeKey the blueprint key of the issue type ({@code rfc}, {@code deep-dive})
 * @param icon the chosen system icon; empty for Jira's default icon
 */
public record IconChoice(String issueTypeKey, Optional<SystemIcon> icon) {
    public IconChoice {
        Objects.requireNonNull(issueTypeKey, "issueTypeKey");
        Objects.requireNonNull(icon, "icon");
    }

    /** Whether Jira's default icon is used because no preferred icon was found. */
    public boolean isDefault() {
        return icon.isEmpty();
    }
}
