package io.phasegate.core.sprint;

import java.time.Instant;
import java.util.Objects;

/** A change of assignee; null means unassigned. */
public record AssigneeChange(Instant at, String from, String to) implements IssueChange {
    public AssigneeChange {
        Objects.requireNonNull(at, "at");
    }
}
