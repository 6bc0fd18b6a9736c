package io.phasegate.core.snapshot;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.ScopeItem;
import io.phasegate.core.sprint.SprintLedger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a stored start snapshot to a reconstructed ledger: C and {@code E(i,t0)} are the stored
 * ones, everything after {@code t0} comes from the changelogs. Each item keeps its end, so that
 * {@code F = C + A − R + Δ} still holds exactly; every disagreement becomes a warning.
 */
final class Commitment {
    private final StartSnapshot start;
    private final SnapshotDifferences differences;

    Commitment(StartSnapshot start, SnapshotDifferences differences) {
        this.start = start;
        this.differences = differences;
    }

    SprintLedger apply(SprintLedger reconstructed) {
        Map<IssueKey, CommittedIssue> stored = start.byKey();
        List<ScopeItem> scope = new ArrayList<>();
        for (ScopeItem item : reconstructed.items()) {
            CommittedIssue committed = stored.remove(item.key());
            if (committed != null) {
                scope.add(committed(item, committed));
            } else if (item.committed()) {
                differences.issue(item.key(), "committed", "added");
                scope.add(added(item));
            } else {
                scope.add(item);
            }
        }
        List<IssueKey> outside = new ArrayList<>(reconstructed.completedOutside());
        for (CommittedIssue missing : stored.values()) {
            differences.missing(missing.key(), "committed, " + points(missing.points()) + " points");
            outside.remove(missing.key());
            scope.add(new ScopeItem(
                    missing.key(),
                    true,
                    start.t0(),
                    null,
                    missing.points(),
                    missing.points(),
                    missing.estimate() == null,
                    missing.unmapped(),
                    false,
                    false,
                    false,
                    false,
                    null,
                    null));
        }
        return reconstructed.withScope(start.t0(), scope, outside, reconstructed.subtasks());
    }

    private ScopeItem committed(ScopeItem item, CommittedIssue stored) {
        if (!item.committed()) {
            differences.issue(item.key(), "committed", "added");
        } else if (item.entryPoints().compareTo(stored.points()) != 0) {
            differences.issue(item.key(), "E(t0) " + points(stored.points()), "E(t0) " + points(item.entryPoints()));
        }
        return new ScopeItem(
                item.key(),
                true,
                start.t0(),
                item.exit(),
                stored.points(),
                item.endPoints(),
                stored.estimate() == null,
                stored.unmapped(),
                item.done(),
                item.closedNotDelivered(),
                item.removedWhileDone(),
                item.interrupt(),
                item.committed() ? item.churnAdded() : null,
                item.churnRemoved());
    }

    /** Reconstructed as committed, not in the stored commitment: added at the start. */
    private static ScopeItem added(ScopeItem item) {
        return new ScopeItem(
                item.key(),
                false,
                item.entry(),
                item.exit(),
                item.entryPoints(),
                item.endPoints(),
                item.unestimatedAtEntry(),
                item.unmappedAtEntry(),
                item.done(),
                item.closedNotDelivered(),
                item.removedWhileDone(),
                item.interrupt(),
                item.entryPoints(),
                item.churnRemoved());
    }

    static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
