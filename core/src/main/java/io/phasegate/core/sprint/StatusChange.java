package io.phasegate.core.sprint;

import java.time.Instant;
import java.util.Objects;

/** A workflow transition: the status name before and after. */
public record StatusChange(Instant at, String from, String to) implements IssueChange {
    public StatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
