package io.phasegate.core.sprint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The sprint-health metrics of one sprint, with the ledger they were computed from. */
public record SprintHealthReport(SprintLedger ledger, List<MetricResult> metrics) {
    public SprintHealthReport {
        Objects.requireNonNull(ledger, "ledger");
        metrics = List.copyOf(metrics);
    }

    /** The metric with the given id, such as {@code M10}. */
    public Optional<MetricResult> metric(String id) {
        return metrics.stream().filter(metric -> metric.id().equals(id)).findFirst();
    }
}
