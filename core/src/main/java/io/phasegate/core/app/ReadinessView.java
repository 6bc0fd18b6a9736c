package io.phasegate.core.app;

import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.sprint.MetricResult;
import java.util.List;
import java.util.Objects;

/**
 * What a readiness-coverage screen shows: the gate measured against, the coverage metrics (M35,
 * M36, M37, M39, M41 in this order) and the issues that do not pass, in input order.
 */
public record ReadinessView(PhaseGate gate, int issueCount, List<MetricResult> metrics, List<Offender> offenders) {
    public ReadinessView {
        Objects.requireNonNull(gate, "gate");
        metrics = List.copyOf(metrics);
        offenders = List.copyOf(offenders);
    }
}
