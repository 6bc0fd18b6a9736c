package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
    // Each field's changes, split off the changelog once and kept in time order: "value at t" is the
    // "to" of the last change at or before t, found by binary search instead of a replay from the start.
    private final SprintChange[] sprintChanges;
    private final StatusChange[] statusChanges;
    private final EstimateChange[] estimateChanges;
    private final ResolutionChange[] resolutionChanges;
    private final FlagChange[] flagChanges;
    private final AssigneeChange[] assigneeChanges;
    private final List<StatusChange> statusList;

    public IssueTimeline(IssueHistory history) {
        this.history = history;
        List<IssueChange> changes = history.changes();
        int sprints = 0;
        int statuses = 0;
        int estimates = 0;
        int resolutions = 0;
        int flags = 0;
        for (IssueChange change : changes) {
            if (change instanceof StatusChange) {
                statuses++;
            } else if (change instanceof SprintChange) {
                sprints++;
            } else if (change instanceof EstimateChange) {
                estimates++;
            } else if (change instanceof ResolutionChange) {
                resolutions++;
            } else if (change instanceof FlagChange) {
                flags++;
            }
        }
        sprintChanges = new SprintChange[sprints];
        statusChanges = new StatusChange[statuses];
        estimateChanges = new EstimateChange[estimates];
        resolutionChanges = new ResolutionChange[resolutions];
        flagChanges = new FlagChange[flags];
        assigneeChanges = new AssigneeChange[changes.size() - sprints - statuses - estimates - resolutions - flags];
        sprints = 0;
        statuses = 0;
        estimates = 0;
        resolutions = 0;
        flags = 0;
        int assignees = 0;
        for (IssueChange change : changes) {
            if (change instanceof StatusChange c) {
                statusChanges[statuses++] = c;
            } else if (change instanceof SprintChange c) {
                sprintChanges[sprints++] = c;
            } else if (change instanceof EstimateChange c) {
                estimateChanges[estimates++] = c;
            } else if (change instanceof ResolutionChange c) {
                resolutionChanges[resolutions++] = c;
            } else if (change instanceof FlagChange c) {
                flagChanges[flags++] = c;
            } else {
                assigneeChanges[assignees++] = (AssigneeChange) change;
            }
        }
        statusList = Collections.unmodifiableList(Arrays.asList(statusChanges));
    }

    public IssueHistory history() {
        return history;
    }

    public Set<Long> sprintsAt(Instant t) {
        if (t.isBefore(history.created())) {
            return Set.of();
        }
        return valueAt(sprintChanges, SprintChange::from, SprintChange::to, history.sprintIds(), t);
    }

    public boolean inSprintAt(long sprintId, Instant t) {
        return sprintsAt(t).contains(sprintId);
    }

    public String statusAt(Instant t) {
        return valueAt(statusChanges, StatusChange::from, StatusChange::to, history.status(), t);
    }

    /** The estimate at {@code t}; null when the issue was not estimated then. */
    public BigDecimal estimateAt(Instant t) {
        return valueAt(estimateChanges, EstimateChange::from, EstimateChange::to, history.estimate(), t);
    }

    public String resolutionAt(Instant t) {
        return valueAt(resolutionChanges, ResolutionChange::from, ResolutionChange::to, history.resolution(), t);
    }

    public boolean flaggedAt(Instant t) {
        return valueAt(flagChanges, FlagChange::from, FlagChange::to, history.flagged(), t);
    }

    /** The assignee at {@code t}; null when unassigned. */
    public String assigneeAt(Instant t) {
        return valueAt(assigneeChanges, AssigneeChange::from, AssigneeChange::to, history.assignee(), t);
    }

    /** The instants in {@code (after, upTo]} at which the issue entered the sprint, creation included. */
    public List<Instant> entriesInto(long sprintId, Instant after, Instant upTo) {
        return transitions(sprintId, after, upTo, true);
    }

    /** The instants in {@code (after, upTo]} at which the issue left the sprint. */
    public List<Instant> exitsFrom(long sprintId, Instant after, Instant upTo) {
        return transitions(sprintId, after, upTo, false);
    }

    /** The status changes in {@code (after, upTo]}, in time order (an unmodifiable view). */
    public List<StatusChange> statusChangesIn(Instant after, Instant upTo) {
        int first = changesUpTo(statusChanges, after);
        int last = changesUpTo(statusChanges, upTo);
        return first >= last ? List.of() : statusList.subList(first, last);
    }

    private List<Instant> transitions(long sprintId, Instant after, Instant upTo, boolean entering) {
        List<Instant> found = new ArrayList<>();
        Set<Long> initial = sprintChanges.length == 0 ? history.sprintIds() : sprintChanges[0].from();
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
            C[] changes, Function<C, V> from, Function<C, V> to, V current, Instant t) {
        if (changes.length == 0) {
            return current;
        }
        int applied = changesUpTo(changes, t);
        return applied == 0 ? from.apply(changes[0]) : to.apply(changes[applied - 1]);
    }

    /** How many of the time-ordered changes are at or before {@code t}. */
    private static int changesUpTo(IssueChange[] changes, Instant t) {
        int low = 0;
        int high = changes.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (changes[mid].at().isAfter(t)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
