package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Replays an issue's status changes into an {@link IssueFlow}; package-private arithmetic for the flow metrics. */
final class FlowReplay {
    private final BoardConfig board;
    private final WorkCalendar calendar;
    private final CycleTimeVariant variant;

    FlowReplay(BoardConfig board, WorkCalendar calendar, CycleTimeVariant variant) {
        this.board = board;
        this.calendar = calendar;
        this.variant = variant;
    }

    /** The issue's flow as seen at {@code end}. */
    IssueFlow flow(IssueTimeline timeline, Instant end) {
        List<Interval> intervals = intervals(timeline, end);
        Instant firstStart = intervals.stream()
                .filter(interval -> board.isInProgress(interval.status()))
                .map(Interval::from)
                .findFirst()
                .orElse(null);
        Instant finalDone = finalDone(timeline, end);
        Instant windowEnd = finalDone == null ? end : finalDone;
        Map<String, BigDecimal> statusTime = new LinkedHashMap<>();
        if (firstStart != null && firstStart.isBefore(windowEnd)) {
            for (Interval interval : intervals) {
                Instant from = max(interval.from(), firstStart);
                Instant to = min(interval.to(), windowEnd);
                if (to.isAfter(from)) {
                    statusTime.merge(interval.status(), calendar.workingDaysBetween(from, to), BigDecimal::add);
                }
            }
        }
        BigDecimal cycleTime = finalDone == null || firstStart == null || !firstStart.isBefore(finalDone)
                ? null
                : cycleTime(timeline, intervals, finalDone);
        IssueHistory history = timeline.history();
        return new IssueFlow(history.key(), history.subtask(), firstStart, finalDone, cycleTime, statusTime);
    }

    private BigDecimal cycleTime(IssueTimeline timeline, List<Interval> intervals, Instant finalDone) {
        if (variant == CycleTimeVariant.LAST_ENTRY_TIME) {
            return calendar.workingDaysBetween(lastEntry(timeline, finalDone), finalDone);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Interval interval : intervals) {
            if (board.isInProgress(interval.status()) && interval.from().isBefore(finalDone)) {
                total = total.add(calendar.workingDaysBetween(interval.from(), min(interval.to(), finalDone)));
            }
        }
        return total;
    }

    /** The last move into an in-progress column from outside or from a later column before the final Done. */
    private Instant lastEntry(IssueTimeline timeline, Instant finalDone) {
        Instant entry = null;
        for (StatusChange change : timeline.statusChangesIn(Instant.MIN, finalDone)) {
            boolean into = board.isInProgress(change.to())
                    && (!board.isInProgress(change.from())
                            || board.columnOf(change.to()) < board.columnOf(change.from()));
            if (into && change.at().isBefore(finalDone)) {
                entry = change.at();
            }
        }
        // An issue created straight into progress has no entering change: it started at creation.
        return entry == null ? timeline.history().created() : entry;
    }

    /** The instant of the last move into Done, when the issue is Done at {@code end}; else null. */
    private Instant finalDone(IssueTimeline timeline, Instant end) {
        if (!board.isDone(timeline.statusAt(end))) {
            return null;
        }
        Instant done = timeline.history().created();
        for (StatusChange change : timeline.statusChangesIn(Instant.MIN, end)) {
            if (board.isDone(change.to()) && !board.isDone(change.from())) {
                done = change.at();
            }
        }
        return done;
    }

    private static List<Interval> intervals(IssueTimeline timeline, Instant end) {
        Instant created = timeline.history().created();
        List<Interval> intervals = new ArrayList<>();
        String status = timeline.statusAt(created);
        Instant from = created;
        for (StatusChange change : timeline.statusChangesIn(Instant.MIN, end)) {
            if (change.at().isAfter(from)) {
                intervals.add(new Interval(status, from, change.at()));
            }
            status = change.to();
            from = max(from, change.at());
        }
        if (end.isAfter(from)) {
            intervals.add(new Interval(status, from, end));
        }
        return intervals;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Interval(String status, Instant from, Instant to) {}
}
