package io.phasegate.core.sprint.generator;

import io.phasegate.core.sprint.AssigneeChange;
import io.phasegate.core.sprint.EstimateChange;
import io.phasegate.core.sprint.FlagChange;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.ResolutionChange;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Rewrites of generated histories for the property tests, done by hand rather than by the engine's replay. */
final class Histories {
    private Histories() {}

    /** The histories as Jira would have shown them at {@code cutoff}: later changes and issues gone. */
    static List<IssueHistory> asOf(List<IssueHistory> histories, Instant cutoff) {
        return histories.stream()
                .filter(history -> !history.created().isAfter(cutoff))
                .map(history -> asOf(history, cutoff))
                .toList();
    }

    private static IssueHistory asOf(IssueHistory h, Instant cutoff) {
        List<IssueChange> kept = h.changes().stream()
                .filter(change -> !change.at().isAfter(cutoff))
                .toList();
        List<IssueChange> later = h.changes().stream()
                .filter(change -> change.at().isAfter(cutoff))
                .toList();
        return new IssueHistory(
                h.key(),
                h.issueType(),
                h.subtask(),
                h.created(),
                value(kept, later, StatusChange.class, StatusChange::from, StatusChange::to, h.status()),
                value(
                        kept,
                        later,
                        ResolutionChange.class,
                        ResolutionChange::from,
                        ResolutionChange::to,
                        h.resolution()),
                value(kept, later, EstimateChange.class, EstimateChange::from, EstimateChange::to, h.estimate()),
                value(kept, later, SprintChange.class, SprintChange::from, SprintChange::to, h.sprintIds()),
                value(kept, later, FlagChange.class, FlagChange::from, FlagChange::to, h.flagged()),
                value(kept, later, AssigneeChange.class, AssigneeChange::from, AssigneeChange::to, h.assignee()),
                h.labels(),
                kept);
    }

    /** The value after the last kept change of a kind, else before the first dropped one, else the current one. */
    private static <C extends IssueChange, V> V value(
            List<IssueChange> kept,
            List<IssueChange> later,
            Class<C> kind,
            Function<C, V> from,
            Function<C, V> to,
            V current) {
        List<C> before = kept.stream().filter(kind::isInstance).map(kind::cast).toList();
        if (!before.isEmpty()) {
            return to.apply(before.get(before.size() - 1));
        }
        // Not Optional.map: a "from" of null (unresolved, unassigned, unestimated) is a real value here.
        for (IssueChange change : later) {
            if (kind.isInstance(change)) {
                return from.apply(kind.cast(change));
            }
        }
        return current;
    }

    /** The same histories with every sub-task estimate, past and present, replaced by {@code points}. */
    static List<IssueHistory> subtasksEstimatedAt(List<IssueHistory> histories, BigDecimal points) {
        return histories.stream()
                .map(h -> !h.subtask()
                        ? h
                        : new IssueHistory(
                                h.key(),
                                h.issueType(),
                                true,
                                h.created(),
                                h.status(),
                                h.resolution(),
                                points,
                                h.sprintIds(),
                                h.flagged(),
                                h.assignee(),
                                h.labels(),
                                h.changes().stream()
                                        .map(change -> change instanceof EstimateChange e
                                                ? new EstimateChange(e.at(), points, points)
                                                : change)
                                        .toList()))
                .toList();
    }
}
