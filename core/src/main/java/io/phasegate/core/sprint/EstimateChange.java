package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A change of the board's estimation field; null means "not estimated", which is not 0. */
public record EstimateChange(Instant at, BigDecimal from, BigDecimal to) implements IssueChange {
    public EstimateChange {
        Objects.requireNonNull(at, "at");
    }
}
