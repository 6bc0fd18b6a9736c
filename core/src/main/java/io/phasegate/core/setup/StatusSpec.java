package io.phasegate.core.setup;

import java.util.Objects;

/**
 * A workflow status, one per phase.
 *
 * @param key stable key used by the workflow
 * @param name the status name in Jira
 * @param description its description
 * @param group its status category
 */
public record StatusSpec(String key, String name, String description, StatusGroup group) {
    public StatusSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(group, "group");
    }
}
