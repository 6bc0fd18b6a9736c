package io.phasegate.core.sprint;

import java.time.Instant;
import java.util.Objects;

/** The issue was flagged (impediment) or the flag was cleared. */
public record FlagChange(Instant at, boolean from, boolean to) implements IssueChange {
    public FlagChange {
        Objects.requireNonNull(at, "at");
    }
}
