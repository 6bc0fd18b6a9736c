package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/**
 * One tab of a screen: Jira's own fields first (by system id such as {@code summary}), then
 * Phasegate's fields (by {@link FieldSpec#key()}).
 */
public record ScreenTab(String name, List<String> systemFields, List<String> fieldKeys) {
    public ScreenTab {
        Objects.requireNonNull(name, "name");
        systemFields = List.copyOf(systemFields);
        fieldKeys = List.copyOf(fieldKeys);
    }
}
