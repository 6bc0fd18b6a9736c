package io.phasegate.standalone.jira;

import io.phasegate.core.issue.FieldRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of one Jira instance: id ↔ display name. Lets a gate configuration name a field as
 * people see it ({@code Story Points}) and lets messages show names instead of ids. Name lookup
 * ignores case and surrounding blanks; Jira allows two custom fields with the same name, so a name
 * may stand for several ids.
 */
public final class FieldCatalogue {
    private static final FieldCatalogue EMPTY = new FieldCatalogue(Map.of());
    private static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_[0-9]+");

    private final Map<FieldRef, String> namesById;
    private final Map<String, List<FieldRef>> idsByName;

    private FieldCatalogue(Map<FieldRef, String> namesById) {
        this.namesById = Collections.unmodifiableMap(new LinkedHashMap<>(namesById));
        Map<String, List<FieldRef>> byName = new LinkedHashMap<>();
        namesById.forEach((id, name) ->
                byName.computeIfAbsent(normalise(name), n -> new ArrayList<>()).add(id));
        byName.replaceAll((name, ids) -> List.copyOf(ids));
        this.idsByName = Collections.unmodifiableMap(byName);
    }

    public static FieldCatalogue empty() {
        return EMPTY;
    }

    /** A catalogue from field id → display name, as in the {@code names} of an issue response. */
    public static FieldCatalogue of(Map<String, String> namesById) {
        Map<FieldRef, String> refs = new LinkedHashMap<>();
        namesById.forEach((id, name) -> refs.put(FieldRef.of(id), Objects.requireNonNull(name, id)));
        return new FieldCatalogue(refs);
    }

    /** Every field id in the catalogue. */
    public Set<FieldRef> fields() {
        return namesById.keySet();
    }

    public boolean isEmpty() {
        return namesById.isEmpty();
    }

    /** The display name of a field, if the catalogue knows it. */
    public Optional<String> nameOf(FieldRef field) {
        return Optional.ofNullable(namesById.get(field));
    }

    /** The display name of a field, or its id when the catalogue does not know it: for messages. */
    public String displayName(FieldRef field) {
        return namesById.getOrDefault(field, field.id());
    }

    /** Every field with this display name (ignoring case): none, one, or several when ambiguous. */
    public List<FieldRef> withName(String name) {
        return idsByName.getOrDefault(normalise(name), List.of());
    }

    /**
     * The field a gate configuration means: a known id, else the one field with that name, else a
     * custom field id such as {@code customfield_10016} even if the catalogue lacks it (the
     * snapshot then reports whether it exists). Empty when the name is unknown or ambiguous; use
     * {@link #withName} to tell the two apart.
     */
    public Optional<FieldRef> resolve(String idOrName) {
        String trimmed = idOrName.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        FieldRef asId = FieldRef.of(trimmed);
        if (namesById.containsKey(asId)) {
            return Optional.of(asId);
        }
        List<FieldRef> named = withName(trimmed);
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        return named.isEmpty() && CUSTOM_FIELD_ID.matcher(trimmed).matches() ? Optional.of(asId) : Optional.empty();
    }

    /** Both catalogues together; where both name the same id, {@code other}'s name wins. */
    public FieldCatalogue merge(FieldCatalogue other) {
        if (other.isEmpty()) {
            return this;
        }
        Map<FieldRef, String> merged = new LinkedHashMap<>(namesById);
        merged.putAll(other.namesById);
        return new FieldCatalogue(merged);
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldCatalogue other && namesById.equals(other.namesById);
    }

    @Override
    public int hashCode() {
        return namesById.hashCode();
    }

    @Override
    public String toString() {
        return "FieldCatalogue" + namesById;
    }
}
