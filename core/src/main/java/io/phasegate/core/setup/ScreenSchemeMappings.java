package io.phasegate.core.setup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entries of an issue type screen scheme: the screen scheme of every issue type not listed
 * (the default entry) and the screen scheme of each listed issue type, all by Jira id.
 *
 * @param defaultScheme the screen scheme id of the default entry, if the scheme has one
 * @param byIssueType issue type id to screen scheme id, in Jira's order
 */
public record ScreenSchemeMappings(Optional<String> defaultScheme, Map<String, String> byIssueType) {
    public ScreenSchemeMappings {
        Objects.requireNonNull(defaultScheme, "defaultScheme");
        byIssueType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byIssueType));
    }

    /** No entries at all. */
    public static ScreenSchemeMappings none() {
        return new ScreenSchemeMappings(Optional.empty(), Map.of());
    }

    /** These entries with {@code overrides} (issue type id to screen scheme id) put on top. */
    public ScreenSchemeMappings with(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(byIssueType);
        all.putAll(overrides);
        return new ScreenSchemeMappings(defaultScheme, all);
    }

    /**
     * The entries of this that {@code target} lacks: the default entry when target has none, and
     * every issue type target does not map yet. Entries target already has are never part of it,
     * so applying the result only adds and never changes an existing entry.
     */
    public ScreenSchemeMappings missingFrom(ScreenSchemeMappings target) {
        Map<String, String> missing = new LinkedHashMap<>();
        byIssueType.forEach((type, scheme) -> {
            if (!target.byIssueType.containsKey(type)) {
                missing.put(type, scheme);
            }
        });
        return new ScreenSchemeMappings(target.defaultScheme.isPresent() ? Optional.empty() : defaultScheme, missing);
    }

    /** Whether there is nothing in it. */
    public boolean isEmpty() {
        return defaultScheme.isEmpty() && byIssueType.isEmpty();
    }
}
