package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/** A screen with its tabs, used to create, edit and view one issue type. */
public record ScreenSpec(String key, String name, String description, List<ScreenTab> tabs) {
    public ScreenSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        tabs = List.copyOf(tabs);
    }

    /** Keys of the Phasegate fields on any tab, in screen order. */
    public List<String> fieldKeys() {
        return tabs.stream().flatMap(tab -> tab.fieldKeys().stream()).distinct().toList();
    }
}
