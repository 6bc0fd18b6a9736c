package io.phasegate.core.snapshot;

import static io.phasegate.core.snapshot.Commitment.points;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.ScopeItem;
import io.phasegate.core.sprint.SprintLedger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compares a closed sprint's stored snapshot with its reconstruction from today's changelogs: the
 * totals behind M1, M5 and M9, then issue by issue (in the scope or not, how it ended, final points).
 */
final class CloseComparison {
    private CloseComparison() {}

    static void compare(SprintLedger stored, SprintLedger reconstructed, SnapshotDifferences differences) {
        differences.total("M1", points(stored.committedPoints()), points(reconstructed.committedPoints()));
        differences.total("M5", points(stored.finalPoints()), points(reconstructed.finalPoints()));
        differences.total("M9", points(stored.velocity()), points(reconstructed.velocity()));
        Map<IssueKey, ScopeItem> now = new LinkedHashMap<>();
        reconstructed.items().forEach(item -> now.put(item.key(), item));
        for (ScopeItem item : stored.items()) {
            ScopeItem current = now.remove(item.key());
            if (current == null) {
                differences.missing(item.key(), describe(item));
            } else if (!describe(item).equals(describe(current))) {
                differences.issue(item.key(), describe(item), describe(current));
            }
        }
        now.values().forEach(item -> differences.extra(item.key(), describe(item)));
    }

    /** E.g. {@code committed, done, 5 points}. */
    static String describe(ScopeItem item) {
        return (item.committed() ? "committed" : "added") + ", "
                + ClosedIssue.outcome(item).code() + ", " + points(item.endPoints()) + " points";
    }
}
