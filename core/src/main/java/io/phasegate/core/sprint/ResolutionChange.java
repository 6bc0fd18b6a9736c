package io.phasegate.core.sprint;

import java.time.Instant;
import java.util.Objects;

/** A change of resolution, such as Done or Won't Do; null means unresolved. */
public record ResolutionChange(Instant at, String from, String to) implements IssueChange {
    public ResolutionChange {
        Objects.requireNonNull(at, "at");
    }
}
