package io.phasegate.core.sprint;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A change of the Sprint field: the set of sprint ids before and after. */
public record SprintChange(Instant at, Set<Long> from, Set<Long> to) implements IssueChange {
    public SprintChange {
        Objects.requireNonNull(at, "at");
        from = Set.copyOf(from);
        to = Set.copyOf(to);
    }
}
