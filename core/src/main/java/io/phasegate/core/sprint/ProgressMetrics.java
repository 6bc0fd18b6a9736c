package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.SprintLedger.keys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * In-flight progress of a sprint at τ = t1 ("now" for an active sprint): time elapsed (M15), work
 * complete (M16), pace gap (M17) and projected completion (M17b), in working time (G3).
 */
public final class ProgressMetrics {
    /** SyncUp's pessimistic projection runs at 70% of the observed rate. */
    static final BigDecimal PESSIMISTIC_RATE = new BigDecimal("0.7");

    private final SprintLedger ledger;
    private final WorkCalendar calendar;
    private final BigDecimal coverageThreshold;

    public ProgressMetrics(SprintLedger ledger, WorkCalendar calendar, SprintHealthSettings settings) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.coverageThreshold = settings.estimateCoverageThreshold();
    }

    /** M15, M16, M17 and M17b in order. */
    public List<MetricResult> all() {
        return List.of(timeElapsed(), workComplete(), paceGap(), projectedCompletion());
    }

    /** M15: W(t0, τ) / W(t0, tEnd). */
    public MetricResult timeElapsed() {
        BigDecimal elapsed = elapsedDays();
        BigDecimal total =
                calendar.workingDaysBetween(ledger.t0(), ledger.sprint().endDate());
        BigDecimal value = Ratio.of(elapsed, total);
        List<String> notes = new ArrayList<>(
                List.of("working-days-elapsed:" + plain(elapsed), "working-days-planned:" + plain(total)));
        if (value == null) {
            notes.add("no-working-days");
        }
        return new MetricResult("M15", 1, value, Units.RATIO, List.of(), notes);
    }

    /** M16: Done points / points in the sprint at τ; counts when too few issues are estimated. */
    public MetricResult workComplete() {
        List<ScopeItem> scope = ledger.finalScope();
        List<ScopeItem> done = ledger.done();
        List<String> notes = new ArrayList<>();
        BigDecimal value;
        if (estimateCoverage(scope).compareTo(coverageThreshold) < 0) {
            notes.add(Units.COUNTS_FALLBACK);
            value = Ratio.of(done.size(), scope.size());
        } else {
            value = Ratio.of(ledger.velocity(), ledger.finalPoints());
        }
        if (value == null) {
            notes.add(Units.NO_FINAL_SCOPE);
        }
        return new MetricResult("M16", 1, value, Units.RATIO, keys(done), notes);
    }

    /** M17: M16 − M15; positive means ahead of time. */
    public MetricResult paceGap() {
        BigDecimal work = workComplete().value();
        BigDecimal time = timeElapsed().value();
        BigDecimal value = work == null || time == null ? null : work.subtract(time);
        List<String> notes = value == null ? List.of("undefined-input") : List.of();
        return new MetricResult("M17", 1, value, Units.RATIO, List.of(), notes);
    }

    /** M17b: DonePts(τ) + rate × W(τ, tEnd), with the pessimistic case (rate × 0.7) as a note. */
    public MetricResult projectedCompletion() {
        BigDecimal donePoints = ledger.velocity();
        BigDecimal rate = Ratio.of(donePoints, elapsedDays());
        if (rate == null) {
            return new MetricResult("M17b", 1, null, Units.POINTS, List.of(), List.of("not-started"));
        }
        Instant tau = ledger.t1();
        BigDecimal left = calendar.workingDaysBetween(tau, ledger.sprint().endDate());
        BigDecimal projected = donePoints.add(rate.multiply(left)).setScale(Ratio.SCALE, RoundingMode.HALF_EVEN);
        BigDecimal pessimistic = donePoints
                .add(rate.multiply(PESSIMISTIC_RATE).multiply(left))
                .setScale(Ratio.SCALE, RoundingMode.HALF_EVEN);
        return new MetricResult(
                "M17b", 1, projected, Units.POINTS, List.of(), List.of("pessimistic:" + plain(pessimistic)));
    }

    private BigDecimal elapsedDays() {
        return calendar.workingDaysBetween(ledger.t0(), ledger.t1());
    }

    private BigDecimal estimateCoverage(List<ScopeItem> scope) {
        long estimated = scope.stream()
                .filter(item -> ledger.timeline(item.key()).estimateAt(ledger.observedEnd()) != null)
                .count();
        BigDecimal coverage = Ratio.of(estimated, scope.size());
        return coverage == null ? BigDecimal.ONE : coverage;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
