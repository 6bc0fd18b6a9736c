package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sprint's burn-up chart: the scope and Done points at the end of every working day from the
 * start to τ ("now" for an active sprint, the close for a closed one), the even pace from 0 to the
 * final scope over the planned working days, and the projection at the planned end (M17b).
 *
 * <p>Points follow the ledger (G7: unestimated and unmapped count 0; sub-tasks and issues completed
 * outside are not in scope), so the last day equals the ledger's final points and velocity, and the
 * pace at τ is M15 × final points, which makes Done − pace at τ the pace gap M17 in points.
 *
 * @param projection null when nothing can be projected yet (M17b "not-started")
 */
public record BurnUp(List<Day> days, List<Pace> pace, Projection projection) {
    public BurnUp {
        days = List.copyOf(days);
        pace = List.copyOf(pace);
    }

    /** Scope and Done points at the end of a working day (or at τ on its last day). */
    public record Day(LocalDate date, BigDecimal scope, BigDecimal done) {}

    /** Where an even pace would have Done reach by the end of a working day. */
    public record Pace(LocalDate date, BigDecimal done) {}

    /** The Done points projected for the planned end date. */
    public record Projection(LocalDate date, BigDecimal done) {}

    /** The burn-up of the ledger's sprint. */
    public static BurnUp of(SprintLedger ledger, WorkCalendar calendar, SprintHealthSettings settings) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(settings, "settings");
        List<Day> days = new ArrayList<>();
        for (LocalDate date : workingDates(calendar, ledger.t0(), ledger.t1())) {
            Instant at = endOf(date, calendar, ledger.observedEnd());
            days.add(new Day(date, scopeAt(ledger, at, false, settings), scopeAt(ledger, at, true, settings)));
        }
        Instant end = ledger.sprint().endDate();
        MetricResult projected = new ProgressMetrics(ledger, calendar, settings).projectedCompletion();
        Projection projection = projected.value() == null
                ? null
                : new Projection(end.atZone(calendar.zone()).toLocalDate(), projected.value());
        return new BurnUp(days, pace(ledger, calendar), projection);
    }

    private static List<Pace> pace(SprintLedger ledger, WorkCalendar calendar) {
        Instant end = ledger.sprint().endDate();
        BigDecimal planned = calendar.workingDaysBetween(ledger.t0(), end);
        BigDecimal target = ledger.finalPoints();
        List<Pace> pace = new ArrayList<>();
        for (LocalDate date : workingDates(calendar, ledger.t0(), end)) {
            BigDecimal elapsed = calendar.workingDaysBetween(ledger.t0(), endOf(date, calendar, end));
            BigDecimal share = Ratio.of(elapsed, planned);
            BigDecimal done =
                    share == null ? target : target.multiply(share).setScale(Ratio.SCALE, RoundingMode.HALF_EVEN);
            pace.add(new Pace(date, done));
        }
        return pace;
    }

    /** Σ E(i, t) over C ∪ A in the sprint at t (Done only, when {@code done}). */
    private static BigDecimal scopeAt(SprintLedger ledger, Instant t, boolean done, SprintHealthSettings settings) {
        BoardConfig board = ledger.board();
        long sprintId = ledger.sprint().id();
        BigDecimal sum = BigDecimal.ZERO;
        for (ScopeItem item : ledger.items()) {
            IssueTimeline timeline = ledger.timeline(item.key());
            if (t.isBefore(item.entry()) || !timeline.inSprintAt(sprintId, t)) {
                continue;
            }
            String status = timeline.statusAt(t);
            if (done && (!board.isDone(status) || notDelivered(timeline.resolutionAt(t), settings))) {
                continue;
            }
            BigDecimal estimate = timeline.estimateAt(t);
            if (estimate != null && !board.isUnmapped(status)) {
                sum = sum.add(estimate);
            }
        }
        return sum;
    }

    private static boolean notDelivered(String resolution, SprintHealthSettings settings) {
        return resolution != null && settings.notDeliveredResolutions().contains(resolution);
    }

    /** The end of the day in the calendar's zone, but never after {@code limit}. */
    private static Instant endOf(LocalDate date, WorkCalendar calendar, Instant limit) {
        Instant end = date.plusDays(1).atStartOfDay(calendar.zone()).toInstant().minusNanos(1);
        return end.isAfter(limit) ? limit : end;
    }

    private static List<LocalDate> workingDates(WorkCalendar calendar, Instant from, Instant to) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate last = to.atZone(calendar.zone()).toLocalDate();
        for (LocalDate date = from.atZone(calendar.zone()).toLocalDate();
                !date.isAfter(last);
                date = date.plusDays(1)) {
            if (calendar.isWorkingDay(date)) {
                dates.add(date);
            }
        }
        return dates;
    }
}
