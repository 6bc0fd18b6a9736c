package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/**
 * A custom field that already exists in Jira.
 *
 * @param id its id, such as {@code customfield_10016}
 * @param name its name
 * @param kind what it holds
 * @param typeName the name of its field type, shown when it cannot be used
 * @param options the option values of its global context, for select fields
 */
public record ExistingField(String id, String name, FieldKind kind, String typeName, List<String> options) {
    public ExistingField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(typeName, "typeName");
        options = List.copyOf(options);
    }
}
