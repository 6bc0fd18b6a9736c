package io.phasegate.core.sprint.generator;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the generator did in one sprint, recorded as it did it and never computed by the engine:
 * the committed issues with E(t0), the added ones with E at their first add, the removed ones with
 * E at their last removal, and the final and delivered ones with E at the end.
 */
public record GroundTruth(
        long sprintId,
        Map<IssueKey, BigDecimal> committed,
        Map<IssueKey, BigDecimal> added,
        Map<IssueKey, BigDecimal> removed,
        Map<IssueKey, BigDecimal> finalScope,
        Map<IssueKey, BigDecimal> delivered) {
    public GroundTruth {
        committed = Map.copyOf(committed);
        added = Map.copyOf(added);
        removed = Map.copyOf(removed);
        finalScope = Map.copyOf(finalScope);
        delivered = Map.copyOf(delivered);
    }

    public BigDecimal committedPoints() {
        return sum(committed);
    }

    public BigDecimal addedPoints() {
        return sum(added);
    }

    public BigDecimal removedPoints() {
        return sum(removed);
    }

    public BigDecimal finalPoints() {
        return sum(finalScope);
    }

    public BigDecimal velocity() {
        return sum(delivered);
    }

    private static BigDecimal sum(Map<IssueKey, BigDecimal> points) {
        return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Mutable collector used while one sprint runs. */
    static final class Recorder {
        final long sprintId;
        final Map<IssueKey, BigDecimal> committed = new LinkedHashMap<>();
        final Map<IssueKey, BigDecimal> added = new LinkedHashMap<>();
        final Map<IssueKey, BigDecimal> removed = new LinkedHashMap<>();
        final Map<IssueKey, BigDecimal> finalScope = new LinkedHashMap<>();
        final Map<IssueKey, BigDecimal> delivered = new LinkedHashMap<>();

        Recorder(long sprintId) {
            this.sprintId = sprintId;
        }

        GroundTruth done() {
            return new GroundTruth(sprintId, committed, added, removed, finalScope, delivered);
        }
    }
}
