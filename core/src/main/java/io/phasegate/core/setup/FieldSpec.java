package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A custom field Phasegate needs, and which existing fields may stand in for it.
 *
 * @param key stable key used by screens and gates
 * @param name the name Phasegate gives the field when it creates it
 * @param description the field's description (help text on the screen)
 * @param kind the kind of field created
 * @param options the options of a select field, in order; empty for other kinds
 * @param equivalentNames other names of fields that mean the same, in order of preference (for
 *     example Jira Software's "Story point estimate")
 * @param compatibleKinds kinds of an existing field that Phasegate can use instead of creating one
 */
public record FieldSpec(
        String key,
        String name,
        String description,
        FieldKind kind,
        List<String> options,
        List<String> equivalentNames,
        Set<FieldKind> compatibleKinds) {
    public FieldSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
        equivalentNames = List.copyOf(equivalentNames);
        compatibleKinds = Set.copyOf(compatibleKinds);
        if (!compatibleKinds.contains(kind)) {
            throw new IllegalArgumentException("a field is always compatible with its own kind: " + name);
        }
    }

    /** A field created as {@code kind} and reused only when an existing field has the same kind. */
    public static FieldSpec of(String key, String name, String description, FieldKind kind) {
        return new FieldSpec(key, name, description, kind, List.of(), List.of(), Set.of(kind));
    }

    /** The names an existing field may have to be taken for this one: its own name first. */
    public List<String> acceptedNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), equivalentNames.stream())
                .toList();
    }
}
