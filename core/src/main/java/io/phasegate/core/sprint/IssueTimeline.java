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
    // The instants of each field's changes, for binary search: "value at t" is the "to" of the last
    // change at or before t, so a lookup costs O(log n) instead of a replay from the start.
    private final Instant[] sprintTimes;
    private final Instant[] statusTimes;
    private final Instant[] estimateTimes;
    private final Instant[] resolutionTimes;
    private final Instant[] flagTimes;
    private final Instant[] assigneeTimes;

    public IssueTimeline(IssueHistory history) {
        this.history = history;
        // One pass over the changelog instead of one filtering stream per field.
        List<SprintChange> sprint = new ArrayList<>();
        List<StatusChange> status = new ArrayList<>();
        List<EstimateChange> estimate = new ArrayList<>();
        List<ResolutionChange> resolution = new ArrayList<>();
        List<FlagChange> flag = new ArrayList<>();
        List<AssigneeChange> assignee = new ArrayList<>();
        for (IssueChange change : history.changes()) {
            if (change instanceof StatusChange c) {
                status.add(c);
            } else if (change instanceof SprintChange c) {
                sprint.add(c);
            } else if (change instanceof EstimateChange c) {
                estimate.add(c);
            } else if (change instanceof ResolutionChange c) {
                resolution.add(c);
            } else if (change instanceof FlagChange c) {
                flag.add(c);
            } else if (change instanceof AssigneeChange c) {
                assignee.add(c);
            }
        }
        this.sprintChanges = List.copyOf(sprint);
        this.statusChanges = List.copyOf(status);
        this.estimateChanges = List.copyOf(estimate);
        this.resolutionChanges = List.copyOf(resolution);
        this.flagChanges = List.copyOf(flag);
        this.assigneeChanges = List.copyOf(assignee);
        this.sprintTimes = times(sprintChanges);
        this.statusTimes = times(statusChanges);
        this.estimateTimes = times(estimateChanges);
        this.resolutionTimes = times(resolutionChanges);
        this.flagTimes = times(flagChanges);
        this.assigneeTimes = times(assigneeChanges);
    }

    public IssueHistory history() {
        return history;
    }

    public Set<Long> sprintsAt(Instant t) {
        if (t.isBefore(history.created())) {
            return Set.of();
        }
        return valueAt(sprintChanges, sprintTimes, SprintChange::from, SprintChange::to, history.sprintIds(), t);
    }

    public boolean inSprintAt(long sprintId, Instant t) {
        return sprintsAt(t).contains(sprintId);
    }

    public String statusAt(Instant t) {
        return valueAt(statusChanges, statusTimes, StatusChange::from, StatusChange::to, history.status(), t);
    }

    /** The estimate at {@code t}; null when the issue was not estimated then. */
    public BigDecimal estimateAt(Instant t) {
        return valueAt(estimateChanges, estimateTimes, EstimateChange::from, EstimateChange::to, history.estimate(), t);
    }

    public String resolutionAt(Instant t) {
        return valueAt(
                resolutionChanges,
                resolutionTimes,
                ResolutionChange::from,
                ResolutionChange::to,
                history.resolution(),
                t);
    }

    public boolean flaggedAt(Instant t) {
        return valueAt(flagChanges, flagTimes, FlagChange::from, FlagChange::to, history.flagged(), t);
    }

    /** The assignee at {@code t}; null when unassigned. */
    public String assigneeAt(Instant t) {
        return valueAt(assigneeChanges, assigneeTimes, AssigneeChange::from, AssigneeChange::to, history.assignee(), t);
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
        int first = changesUpTo(statusTimes, after);
        int last = changesUpTo(statusTimes, upTo);
        return first >= last ? List.of() : statusChanges.subList(first, last);
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

    private static <C extends IssueChange, V> V valueAt(
            List<C> changes, Instant[] times, Function<C, V> from, Function<C, V> to, V current, Instant t) {
        if (changes.isEmpty()) {
            return current;
        }
        int applied = changesUpTo(times, t);
        return applied == 0 ? from.apply(changes.get(0)) : to.apply(changes.get(applied - 1));
    }

    /** How many of the time-ordered instants are at or before {@code t}. */
    private static int changesUpTo(Instant[] times, Instant t) {
        int low = 0;
        int high = times.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid].isAfter(t)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static Instant[] times(List<? extends IssueChange> changes) {
        Instant[] times = new Instant[changes.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = changes.get(i).at();
        }
        return times;
    }
}
