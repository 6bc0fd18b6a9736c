package io.phasegate.core.app;

import io.phasegate.core.sprint.BurnUp;
import io.phasegate.core.sprint.SprintHealthReport;
import io.phasegate.core.sprint.SprintSnapshot;
import java.util.Objects;

/** What a sprint-health screen shows of one sprint: its metrics and its burn-up chart. */
public record SprintHealthView(SprintSnapshot sprint, SprintHealthReport report, BurnUp burnUp) {
    public SprintHealthView {
        Objects.requireNonNull(sprint, "sprint");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(burnUp, "burnUp");
    }
}
