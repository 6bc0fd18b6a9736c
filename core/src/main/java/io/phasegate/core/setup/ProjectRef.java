package io.phasegate.core.setup;

import java.util.Objects;

/** The project set-up is for: its key and name. */
public record ProjectRef(String key, String name) {
    public ProjectRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
