package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The value of one sprint-health metric: its id in {@code docs/metrics.md} (such as {@code M1} or
 * {@code M6b}), the version of the formula used, the value in {@code unit} (null when the metric
 * is undefined, never infinity), the issues behind it for drill-down, and machine-readable notes
 * such as {@code no-commitment} or {@code unestimated:3}.
 */
public record MetricResult(
        String id, int formulaVersion, BigDecimal value, String unit, List<IssueKey> issues, List<String> notes) {
    public MetricResult {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a metric id must not be blank");
        }
        if (formulaVersion < 1) {
            throw new IllegalArgumentException("formulaVersion starts at 1: " + formulaVersion);
        }
        Objects.requireNonNull(unit, "unit");
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
    }

    /** True when the metric has a value; false for e.g. "no-commitment". */
    public boolean defined() {
        return value != null;
    }
}
