package io.phasegate.core.setup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link SetupPort#assignProjectScreens} does for one project: the name and description of
 * the project's own issue type screen scheme and the entries Phasegate adds to the copy of the
 * project's current scheme.
 *
 * @param project the project
 * @param schemeName the name of the project's own scheme, {@link ProjectScreensPlanner#schemeName}
 * @param description its description
 * @param mappings issue type id to screen scheme id: RFC and Technical Deep-dive to Phasegate's
 */
public record ProjectScreens(ProjectRef project, String schemeName, String description, Map<String, String> mappings) {
    public ProjectScreens {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(schemeName, "schemeName");
        Objects.requireNonNull(description, "description");
        mappings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
    }
}
