package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Places one replayed issue in a sprint's scope buckets (M1–M5); the arithmetic stays in {@link SprintLedger}. */
final class ScopeReplay {
    private final long sprintId;
    private final Instant t0;
    private final Instant observed;
    private final BoardConfig board;
    private final SprintHealthSettings settings;

    ScopeReplay(long sprintId, Instant t0, Instant observed, BoardConfig board, SprintHealthSettings settings) {
        this.sprintId = sprintId;
        this.t0 = t0;
        this.observed = observed;
        this.board = board;
        this.settings = settings;
    }

    /**
     * The issue's scope item, or null when it never was open in the sprint; issues that were Done
     * when they entered (G8, "completed outside") are appended to {@code completedOutside}.
     */
    ScopeItem place(IssueTimeline timeline, List<IssueKey> completedOutside) {
        boolean committed = timeline.inSprintAt(sprintId, t0);
        List<Instant> entries = timeline.entriesInto(sprintId, t0, observed);
        Instant entry = committed ? t0 : firstOpenEntry(timeline, entries);
        if (entry == null || committed && board.isDone(timeline.statusAt(t0))) {
            if (committed || !entries.isEmpty()) {
                completedOutside.add(timeline.history().key());
            }
            return null;
        }
        return item(timeline, committed, entry, entries);
    }

    private ScopeItem item(IssueTimeline timeline, boolean committed, Instant entry, List<Instant> entries) {
        List<Instant> exits = timeline.exitsFrom(sprintId, t0, observed);
        Instant lastExit = exits.isEmpty() ? null : exits.get(exits.size() - 1);
        // Out of the sprint at the end means the walk over the Sprint field found a last exit.
        Instant exit = timeline.inSprintAt(sprintId, observed) ? null : lastExit;
        Instant end = exit == null ? observed : exit;
        boolean endDone = board.isDone(timeline.statusAt(end));
        boolean closedNotDelivered = exit == null && notDelivered(timeline.resolutionAt(observed));
        IssueHistory history = timeline.history();
        return new ScopeItem(
                history.key(),
                committed,
                entry,
                exit,
                points(timeline, entry),
                points(timeline, end),
                timeline.estimateAt(entry) == null,
                board.isUnmapped(timeline.statusAt(entry)),
                exit == null && endDone && !closedNotDelivered,
                closedNotDelivered,
                exit != null && endDone,
                settings.isInterrupt(history.issueType(), history.labels()),
                churnAdded(timeline, committed, entry, entries),
                lastExit == null ? null : points(timeline, lastExit));
    }

    /** Gross churn counts an added issue at its add, and a committed one only if it was re-added. */
    private BigDecimal churnAdded(IssueTimeline timeline, boolean committed, Instant entry, List<Instant> entries) {
        if (!committed) {
            return points(timeline, entry);
        }
        return entries.isEmpty() ? null : points(timeline, entries.get(0));
    }

    private boolean notDelivered(String resolution) {
        return resolution != null && settings.notDeliveredResolutions().contains(resolution);
    }

    private Instant firstOpenEntry(IssueTimeline timeline, List<Instant> entries) {
        return entries.stream()
                .filter(at -> !board.isDone(timeline.statusAt(at)))
                .findFirst()
                .orElse(null);
    }

    /** E(i,t) as points: null estimates and unmapped statuses count 0 (G7, §3.K). */
    private BigDecimal points(IssueTimeline timeline, Instant t) {
        BigDecimal estimate = timeline.estimateAt(t);
        if (estimate == null || board.isUnmapped(timeline.statusAt(t))) {
            return BigDecimal.ZERO;
        }
        return estimate;
    }
}
