package io.phasegate.core.coverage;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.MetricResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The value of one coverage metric (M35–M41): the share in [0, 1] of the measured issues (or of
 * their points) that pass the rules, null when nothing was measured; the issues that do not pass;
 * a breakdown per rule; and machine-readable notes such as {@code zero-estimates:2}.
 */
public record CoverageResult(
        String id,
        BigDecimal value,
        int measured,
        List<IssueKey> offending,
        List<RuleCoverage> byRule,
        List<String> notes) {
    public CoverageResult {
        Objects.requireNonNull(id, "id");
        offending = List.copyOf(offending);
        byRule = List.copyOf(byRule);
        notes = List.copyOf(notes);
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(id + ": coverage must lie in [0, 1]: " + value);
        }
    }

    public boolean defined() {
        return value != null;
    }

    /** The same result as a sprint-health metric, drill-down being the offending issues. */
    public MetricResult toMetric() {
        return new MetricResult(id, 1, value, "ratio", offending, notes);
    }
}
