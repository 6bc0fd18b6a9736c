package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * An issue's history replayed: its Sprint field, status, estimate, resolution and flag at any
 * instant. A change stamped exactly at an instant is already in effect at that instant.
 *
 * <p>Before the issue was created it is in no sprint. The value before the first change of a field
 * is that change's "from"; a field that never changed has its current value.
 */
public final class IssueTimeline {
    private final IssueHistory history;
    private final List<SprintChange> sprintChanges;
    // Split once: the metrics replay the same field many times per issue.
    private final List<StatusChange> statusChanges;
    private final List<EstimateChange> estimateChanges;
    private final List<ResolutionChange> resolutionChanges;
    private final List<FlagChange> flagChanges;
    private final List<AssigneeChange> assigneeChanges;

    public IssueTimeline(IssueHistory history) {
        this.history = history;
        this.sprintChanges = history.changesOf(SprintChange.class);
        this.statusChanges = history.changesOf(StatusChange.class);
        this.estimateChanges = history.changesOf(EstimateChange.class);
        this.resolutionChanges = history.changesOf(ResolutionChange.class);
        this.flagChanges = history.changesOf(FlagChange.class);
        this.assigneeChanges = history.changesOf(AssigneeChange.class);
    }

    public IssueHistory history() {
        return history;
    }

    public Set<Long> sprintsAt(Instant t) {
        if (t.isBefore(history.created())) {
            return Set.of();
        }
        return replay(sprintChanges, SprintChange::from, SprintChange::to, history.sprintIds(), t);
    }

    public boolean inSprintAt(long sprintId, Instant t) {
        return sprintsAt(t).contains(sprintId);
    }

    public String statusAt(Instant t) {
        return replay(statusChanges, StatusChange::from, StatusChange::to, history.status(), t);
    }

    /** The estimate at {@code t}; null when the issue was not estimated then. */
    public BigDecimal estimateAt(Instant t) {
        return replay(estimateChanges, EstimateChange::from, EstimateChange::to, history.estimate(), t);
    }

    public String resolutionAt(Instant t) {
        return replay(resolutionChanges, ResolutionChange::from, ResolutionChange::to, history.resolution(), t);
    }

    public boolean flaggedAt(Instant t) {
        return replay(flagChanges, FlagChange::from, FlagChange::to, history.flagged(), t);
    }

    /** The assignee at {@code t}; null when unassigned. */
    public String assigneeAt(Instant t) {
        return replay(assigneeChanges, AssigneeChange::from, AssigneeChange::to, history.assignee(), t);
    }

    /** The instants in {@code (after, upTo]} at which the issue entered the sprint, creation included. */
    public List<Instant> entriesInto(long sprintId, Instant after, Instant upTo) {
        return transitions(sprintId, after, upTo, true);
    }

    /** The instants in {@code (after, upTo]} at which the issue left the sprint. */
    public List<Instant> exitsFrom(long sprintId, Instant after, Instant upTo) {
        return transitions(sprintId, after, upTo, false);
    }

    /** The status changes in {@code (after, upTo]}. */
    public List<StatusChange> statusChangesIn(Instant after, Instant upTo) {
        return statusChanges.stream()
                .filter(change -> change.at().isAfter(after) && !change.at().isAfter(upTo))
                .toList();
    }

    private List<Instant> transitions(long sprintId, Instant after, Instant upTo, boolean entering) {
        List<Instant> found = new ArrayList<>();
        Set<Long> initial = sprintChanges.isEmpty()
                ? history.sprintIds()
                : sprintChanges.get(0).from();
        boolean member = initial.contains(sprintId);
        if (entering && member && within(history.created(), after, upTo)) {
            found.add(history.created());
        }
        for (SprintChange change : sprintChanges) {
            boolean next = change.to().contains(sprintId);
            if (next != member && next == entering && within(change.at(), after, upTo)) {
                found.add(change.at());
            }
            member = next;
        }
        return found;
    }

    private static boolean within(Instant t, Instant after, Instant upTo) {
        return t.isAfter(after) && !t.isAfter(upTo);
    }

    private static <C extends IssueChange, V> V replay(
            List<C> changes, Function<C, V> from, Function<C, V> to, V current, Instant t) {
        V value = changes.isEmpty() ? current : from.apply(changes.get(0));
        for (C change : changes) {
            if (change.at().isAfter(t)) {
                break;
            }
            value = to.apply(change);
        }
        return value;
    }
}
