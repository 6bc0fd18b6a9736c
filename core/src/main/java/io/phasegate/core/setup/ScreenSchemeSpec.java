package io.phasegate.core.setup;

import java.util.Objects;

/**
 * A screen scheme whose default screen (create, edit, view) is the screen {@code screenKey}, used
 * for the issue type {@code issueTypeKey} in the project's issue type screen scheme.
 */
public record ScreenSchemeSpec(String key, String name, String description, String screenKey, String issueTypeKey) {
    public ScreenSchemeSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(screenKey, "screenKey");
        Objects.requireNonNull(issueTypeKey, "issueTypeKey");
    }
}
