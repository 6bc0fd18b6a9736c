package io.phasegate.core.setup;

import java.util.Objects;
import java.util.Set;

/**
 * An issue type screen scheme that already exists in Jira.
 *
 * @param id its id
 * @param name its name
 * @param mappings its entries
 * @param projectKeys the keys of the projects that use it
 */
public record ExistingIssueTypeScreenScheme(
        String id, String name, ScreenSchemeMappings mappings, Set<String> projectKeys) {
    public ExistingIssueTypeScreenScheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mappings, "mappings");
        projectKeys = Set.copyOf(projectKeys);
    }
}
