package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/** One tab of an existing screen: its name and the ids of the fields on it, in order. */
public record ExistingTab(String name, List<String> fieldIds) {
    public ExistingTab {
        Objects.requireNonNull(name, "name");
        fieldIds = List.copyOf(fieldIds);
    }
}
