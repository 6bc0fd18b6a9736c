package io.phasegate.core.app;

import io.phasegate.core.snapshot.SnapshotWarning;
import io.phasegate.core.sprint.BurnUp;
import io.phasegate.core.sprint.SprintHealthReport;
import io.phasegate.core.sprint.SprintSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * What a sprint-health screen shows of one sprint: its metrics, its burn-up chart, and where its
 * stored snapshots (G2) and today's changelogs disagree.
 */
public record SprintHealthView(
        SprintSnapshot sprint, SprintHealthReport report, BurnUp burnUp, List<SnapshotWarning> snapshotWarnings) {
    public SprintHealthView {
        Objects.requireNonNull(sprint, "sprint");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(burnUp, "burnUp");
        snapshotWarnings = List.copyOf(snapshotWarnings);
    }

    /** A view without snapshot warnings. */
    public SprintHealthView(SprintSnapshot sprint, SprintHealthReport report, BurnUp burnUp) {
        this(sprint, report, burnUp, List.of());
    }
}
