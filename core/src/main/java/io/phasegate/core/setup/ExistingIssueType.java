package io.phasegate.core.setup;

import java.util.Objects;

/** An issue type that already exists in Jira. */
public record ExistingIssueType(String id, String name, boolean subtask) {
    public ExistingIssueType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
