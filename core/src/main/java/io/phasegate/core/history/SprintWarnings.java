package io.phasegate.core.history;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.snapshot.SnapshotWarning;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The warnings shown with one sprint's health: the board's that concern it, then its snapshot's. */
public final class SprintWarnings {
    private SprintWarnings() {}

    /**
     * The board's warnings that concern the sprint, in their order: those about the whole board, and
     * those about issues that were ever in the sprint (now, or at either end of a Sprint change).
     */
    public static List<BoardWarning> concerning(long sprintId, List<IssueHistory> issues, List<BoardWarning> warnings) {
        Set<IssueKey> touched = new HashSet<>();
        for (IssueHistory issue : issues) {
            if (touches(issue, sprintId)) {
                touched.add(issue.key());
            }
        }
        return warnings.stream()
                .filter(warning -> warning.issue() == null || touched.contains(warning.issue()))
                .toList();
    }

    /** The data warnings followed by the snapshot warnings, which concern the whole sprint. */
    public static List<BoardWarning> with(List<BoardWarning> data, List<SnapshotWarning> snapshot) {
        List<BoardWarning> all = new ArrayList<>(data);
        snapshot.forEach(warning -> all.add(new BoardWarning(null, warning.message())));
        return all;
    }

    private static boolean touches(IssueHistory issue, long sprintId) {
        return issue.sprintIds().contains(sprintId)
                || issue.changesOf(SprintChange.class).stream()
                        .anyMatch(change ->
                                change.from().contains(sprintId) || change.to().contains(sprintId));
    }
}
