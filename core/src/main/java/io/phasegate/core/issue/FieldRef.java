package io.phasegate.core.issue;

import java.util.Objects;

/**
 * A reference to a Jira field by its id: a system field ({@code description}) or a custom field
 * ({@code customfield_10016}).
 */
public record FieldRef(String id) {
    public FieldRef {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a field id must not be blank");
        }
    }

    public static FieldRef of(String id) {
        return new FieldRef(id);
    }

    public boolean isCustom() {
        return id.startsWith("customfield_");
    }

    @Override
    public String toString() {
        return id;
    }
}
