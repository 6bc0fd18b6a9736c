package io.phasegate.core.snapshot;

import io.phasegate.core.sprint.SprintLedger;
import io.phasegate.core.sprint.SprintSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Takes start and close snapshots of a sprint from its ledger. */
public final class Snapshots {
    private Snapshots() {}

    /**
     * The start snapshot of a started sprint: C with {@code E(i,t0)}. Empty before {@code t0} (the
     * actual start plus grace), because until then issues added still count as committed (G1).
     */
    public static Optional<StartSnapshot> start(SprintLedger ledger, SnapshotBasis basis, Instant now) {
        if (now.isBefore(ledger.t0())) {
            return Optional.empty();
        }
        List<CommittedIssue> committed = ledger.committed().stream()
                .map(item -> new CommittedIssue(
                        item.key(), ledger.timeline(item.key()).estimateAt(ledger.t0()), item.unmappedAtEntry()))
                .toList();
        SprintSnapshot sprint = ledger.sprint();
        return Optional.of(new StartSnapshot(sprint.id(), sprint.boardId(), ledger.t0(), basis, now, committed));
    }

    /** The close snapshot of a closed sprint; empty while it is open or when {@code now} is before its close. */
    public static Optional<CloseSnapshot> close(SprintLedger ledger, SnapshotBasis basis, Instant now) {
        SprintSnapshot sprint = ledger.sprint();
        if (!sprint.isClosed() || now.isBefore(sprint.completeDate())) {
            return Optional.empty();
        }
        return Optional.of(new CloseSnapshot(
                sprint.id(),
                sprint.boardId(),
                ledger.t0(),
                sprint.completeDate(),
                basis,
                now,
                ledger.items().stream().map(ClosedIssue::of).toList(),
                ledger.completedOutside(),
                ledger.subtasks()));
    }

    /** The ledger with its scope read from a close snapshot. */
    public static SprintLedger restore(SprintLedger reconstructed, CloseSnapshot close) {
        return reconstructed.withScope(
                close.t0(),
                close.issues().stream().map(ClosedIssue::toScopeItem).toList(),
                close.completedOutside(),
                close.subtasks());
    }
}
