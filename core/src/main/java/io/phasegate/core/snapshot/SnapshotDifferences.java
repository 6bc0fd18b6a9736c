package io.phasegate.core.snapshot;

import io.phasegate.core.issue.IssueKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the warnings of one sprint: totals first, then at most {@value #ISSUE_LIMIT} issue-level
 * differences and a count of the rest, so that a rewritten board does not bury the output.
 */
final class SnapshotDifferences {
    static final int ISSUE_LIMIT = 20;

    private final long sprintId;
    private final List<SnapshotWarning> totals = new ArrayList<>();
    private final List<SnapshotWarning> issues = new ArrayList<>();
    private int more;

    SnapshotDifferences(long sprintId) {
        this.sprintId = sprintId;
    }

    void problem(String text) {
        totals.add(SnapshotWarning.problem(sprintId, text));
    }

    void basis(SnapshotBasis stored, SnapshotBasis current) {
        totals.add(new SnapshotWarning(
                sprintId, "snapshot-basis-differs", "sprint " + sprintId, stored.toString(), current.toString()));
    }

    void total(String metric, String stored, String reconstructed) {
        if (!stored.equals(reconstructed)) {
            totals.add(new SnapshotWarning(sprintId, "snapshot-total-differs", metric, stored, reconstructed));
        }
    }

    void issue(IssueKey key, String stored, String reconstructed) {
        add(new SnapshotWarning(sprintId, "snapshot-issue-differs", key.value(), stored, reconstructed));
    }

    void missing(IssueKey key, String stored) {
        add(new SnapshotWarning(sprintId, "snapshot-issue-missing", key.value(), stored, null));
    }

    void extra(IssueKey key, String reconstructed) {
        add(new SnapshotWarning(sprintId, "snapshot-issue-extra", key.value(), null, reconstructed));
    }

    private void add(SnapshotWarning warning) {
        if (issues.size() < ISSUE_LIMIT) {
            issues.add(warning);
        } else {
            more++;
        }
    }

    List<SnapshotWarning> warnings() {
        List<SnapshotWarning> all = new ArrayList<>(totals);
        all.addAll(issues);
        if (more > 0) {
            all.add(new SnapshotWarning(
                    sprintId, "snapshot-more-differences", more + " more issues differ", null, null));
        }
        return List.copyOf(all);
    }
}
