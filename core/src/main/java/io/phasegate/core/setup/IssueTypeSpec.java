package io.phasegate.core.setup;

import java.util.Objects;

/**
 * An issue type Phasegate sets up.
 *
 * @param key stable key used by other parts of the blueprint (never shown)
 * @param name the issue type's name in Jira
 * @param description its description
 * @param icon name of the icon resource shipped with the plugin
 */
public record IssueTypeSpec(String key, String name, String description, String icon) {
    public IssueTypeSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(icon, "icon");
    }
}
