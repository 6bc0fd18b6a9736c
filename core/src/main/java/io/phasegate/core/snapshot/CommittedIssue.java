package io.phasegate.core.snapshot;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One issue of a start snapshot: in the sprint and not Done at {@code t0}, with its estimate
 * {@code E(i,t0)} — null when it was not estimated, which is not 0 (G7) — and whether its status was
 * mapped to no board column then (counted with 0 points, §3.K).
 */
public record CommittedIssue(IssueKey key, BigDecimal estimate, boolean unmapped) {
    public CommittedIssue {
        Objects.requireNonNull(key, "key");
    }

    /** Its points in the commitment: the estimate, or 0 when unestimated or unmapped. */
    public BigDecimal points() {
        return estimate == null || unmapped ? BigDecimal.ZERO : estimate;
    }
}
