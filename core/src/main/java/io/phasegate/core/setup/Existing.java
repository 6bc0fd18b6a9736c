package io.phasegate.core.setup;

import java.util.Objects;

/** Something that already exists in Jira, by id and name (a status, screen, scheme or workflow). */
public record Existing(String id, String name) {
    public Existing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
