package io.phasegate.core.snapshot;

import io.phasegate.core.issue.IssueKey;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A closed sprint's final state (G2, G8, G9): every issue of its scope with how it ended and its
 * final estimate, the issues completed outside it and its sub-tasks. Once stored it is immutable:
 * the sprint's scope and delivery metrics are read from it, whatever happens to the issues later.
 *
 * @param t0 the start the scope was measured from (actual start plus grace)
 * @param closedAt the sprint's {@code completeDate}
 */
public record CloseSnapshot(
        long sprintId,
        long boardId,
        Instant t0,
        Instant closedAt,
        SnapshotBasis basis,
        Instant takenAt,
        List<ClosedIssue> issues,
        List<IssueKey> completedOutside,
        List<IssueKey> subtasks) {
    public CloseSnapshot {
        Objects.requireNonNull(t0, "t0");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(takenAt, "takenAt");
        issues = List.copyOf(issues);
        completedOutside = List.copyOf(completedOutside);
        subtasks = List.copyOf(subtasks);
        if (takenAt.isBefore(closedAt)) {
            throw new IllegalArgumentException("close snapshot of sprint " + sprintId + " taken at " + takenAt
                    + ", before its close at " + closedAt);
        }
        Set<IssueKey> seen = new HashSet<>();
        for (ClosedIssue issue : issues) {
            if (!seen.add(issue.key())) {
                throw new IllegalArgumentException(
                        "close snapshot of sprint " + sprintId + " lists " + issue.key() + " twice");
            }
        }
    }
}
