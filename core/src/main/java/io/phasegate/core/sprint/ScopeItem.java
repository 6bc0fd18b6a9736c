package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One issue's place in a sprint's scope: committed (in C) or added (in A), when it entered and — if
 * removed (in R) — when it last left, with its points at both ends.
 *
 * <p>Points are the estimate with null and unmapped statuses counted as 0 (G7, Jira parity);
 * {@code churnAdded}/{@code churnRemoved} are the points at the first add and last removal within
 * the sprint for gross churn, or null when the issue was never added or removed mid-sprint.
 */
public record ScopeItem(
        IssueKey key,
        boolean committed,
        Instant entry,
        Instant exit,
        BigDecimal entryPoints,
        BigDecimal endPoints,
        boolean unestimatedAtEntry,
        boolean unmappedAtEntry,
        boolean done,
        boolean closedNotDelivered,
        boolean removedWhileDone,
        boolean interrupt,
        BigDecimal churnAdded,
        BigDecimal churnRemoved) {
    public ScopeItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(entryPoints, "entryPoints");
        Objects.requireNonNull(endPoints, "endPoints");
        if (exit != null && (done || closedNotDelivered)) {
            throw new IllegalArgumentException(key + ": a removed issue is neither done nor closed in the sprint");
        }
    }

    /** In R: the issue left the sprint before its end. */
    public boolean removed() {
        return exit != null;
    }

    /** E(end) − E(entry): this issue's share of Δ (M4). */
    public BigDecimal estimateChange() {
        return endPoints.subtract(entryPoints);
    }
}
