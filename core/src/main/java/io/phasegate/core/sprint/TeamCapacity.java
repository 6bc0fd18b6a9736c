package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Each person's capacity for one sprint in points (M29), worked out by the team from availability
 * and focus factor or from a share of the team velocity. The engine takes it as given.
 */
public record TeamCapacity(Map<String, BigDecimal> pointsPerPerson) {
    public TeamCapacity {
        pointsPerPerson = Map.copyOf(pointsPerPerson);
        pointsPerPerson.forEach((person, points) -> {
            if (points.signum() < 0) {
                throw new IllegalArgumentException("capacity must not be negative");
            }
        });
    }

    /** No capacity known: M29 reports "no-capacity" instead of guessing. */
    public static TeamCapacity unknown() {
        return new TeamCapacity(Map.of());
    }

    public boolean isUnknown() {
        return pointsPerPerson.isEmpty();
    }
}
