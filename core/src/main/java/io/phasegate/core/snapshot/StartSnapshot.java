package io.phasegate.core.snapshot;

import io.phasegate.core.issue.IssueKey;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a sprint committed to when it began (G1, G2): the issues in the sprint and not Done at
 * {@code t0} — the actual start plus the grace period — with their estimates then. Once stored it is
 * never rewritten; the commitment (M1) and say/do (M10) are read from it.
 *
 * @param t0 the actual start plus {@code basis.grace()}
 * @param takenAt when the snapshot was taken; never before {@code t0}, since the commitment is open
 *     until the grace period ends
 */
public record StartSnapshot(
        long sprintId, long boardId, Instant t0, SnapshotBasis basis, Instant takenAt, List<CommittedIssue> issues) {
    public StartSnapshot {
        Objects.requireNonNull(t0, "t0");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(takenAt, "takenAt");
        issues = List.copyOf(issues);
        if (takenAt.isBefore(t0)) {
            throw new IllegalArgumentException("start snapshot of sprint " + sprintId + " taken at " + takenAt
                    + ", before the commitment closes at " + t0);
        }
        Set<IssueKey> seen = new HashSet<>();
        for (CommittedIssue issue : issues) {
            if (!seen.add(issue.key())) {
                throw new IllegalArgumentException(
                        "start snapshot of sprint " + sprintId + " lists " + issue.key() + " twice");
            }
        }
    }

    /** The committed issues by key, in snapshot order. */
    public Map<IssueKey, CommittedIssue> byKey() {
        Map<IssueKey, CommittedIssue> byKey = new LinkedHashMap<>();
        issues.forEach(issue -> byKey.put(issue.key(), issue));
        return byKey;
    }
}
