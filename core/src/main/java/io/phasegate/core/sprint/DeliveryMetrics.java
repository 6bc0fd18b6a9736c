package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.SprintLedger.keys;
import static io.phasegate.core.sprint.SprintLedger.sum;
import static io.phasegate.core.sprint.Units.count;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The delivery and predictability metrics M9–M13 of one sprint, given the ledgers of the board's
 * earlier closed sprints (oldest first).
 */
public final class DeliveryMetrics {
    /** M13 compares with the mean of this many previous sprints (PSknowHOW kpi5). */
    static final int PREDICTABILITY_BASE = 3;
    /** Above this predictability the cargroup sandbox caps the value; we report it raw with a band note. */
    static final BigDecimal PREDICTABILITY_CAP = new BigDecimal("1.5");

    private final SprintLedger ledger;
    private final List<SprintLedger> earlier;
    private final WorkCalendar calendar;
    private final int window;

    public DeliveryMetrics(SprintLedger ledger, List<SprintLedger> earlier, WorkCalendar calendar, int window) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.earlier = List.copyOf(earlier);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.window = window;
    }

    /** M9 to M13 in order. */
    public List<MetricResult> all() {
        return List.of(
                velocity(),
                rollingVelocity(),
                velocityPerWorkingDay(),
                sayDo(),
                capacityAccuracy(),
                completionRate(),
                predictability(),
                stability());
    }

    /** M9: points of D at the end, under the Done definition named in the notes. */
    public MetricResult velocity() {
        List<String> notes = new ArrayList<>(List.of(
                count("count", ledger.done().size()),
                "done-definition:"
                        + ledger.board().doneDefinition().name().toLowerCase().replace('_', '-')));
        if (!ledger.closedNotDelivered().isEmpty()) {
            notes.add(count("closed-not-delivered", ledger.closedNotDelivered().size()));
        }
        return new MetricResult("M9", 1, ledger.velocity(), Units.POINTS, keys(ledger.done()), notes);
    }

    /** M9b: the mean velocity of the last N closed sprints (this one included when closed). */
    public MetricResult rollingVelocity() {
        List<BigDecimal> velocities = windowVelocities();
        BigDecimal mean = mean(velocities);
        List<String> notes = new ArrayList<>(List.of(count("sprints", velocities.size()), "aggregate:mean"));
        if (mean == null) {
            notes.add("no-closed-sprints");
        } else {
            mean = mean.setScale(Ratio.SCALE, RoundingMode.HALF_EVEN);
        }
        return new MetricResult("M9b", 1, mean, Units.POINTS, List.of(), notes);
    }

    /** M9c: velocity per working day between t0 and t1, for sprints of different length. */
    public MetricResult velocityPerWorkingDay() {
        BigDecimal days = calendar.workingDaysBetween(ledger.t0(), ledger.t1());
        BigDecimal value = Ratio.of(ledger.velocity(), days);
        List<String> notes = value == null ? List.of("no-working-days") : List.of();
        return new MetricResult("M9c", 1, value, Units.POINTS_PER_WORKING_DAY, List.of(), notes);
    }

    /** M10: Σ E(t0) over C ∩ D / C_pts; re-estimating cannot game it, added work does not count. */
    public MetricResult sayDo() {
        List<ScopeItem> kept =
                ledger.committed().stream().filter(ScopeItem::done).toList();
        BigDecimal value = Ratio.of(sum(kept, ScopeItem::entryPoints), ledger.committedPoints());
        return committedRatio(
                "M10",
                value,
                keys(kept),
                "count:" + kept.size() + "/" + ledger.committed().size());
    }

    /** M11: velocity / C_pts; may exceed 1 because added work counts. */
    public MetricResult capacityAccuracy() {
        BigDecimal value = Ratio.of(ledger.velocity(), ledger.committedPoints());
        return committedRatio("M11", value, keys(ledger.done()), "denominator:committed-points");
    }

    /** M12: velocity / F_pts. */
    public MetricResult completionRate() {
        BigDecimal value = Ratio.of(ledger.velocity(), ledger.finalPoints());
        List<String> notes = new ArrayList<>(List.of("denominator:final-scope-points"));
        if (value == null) {
            notes.add(Units.NO_FINAL_SCOPE);
        }
        return new MetricResult("M12", 1, value, Units.RATIO, keys(ledger.done()), notes);
    }

    /** M13: velocity / mean velocity of the previous three closed sprints, raw, with a band note above 150%. */
    public MetricResult predictability() {
        List<SprintLedger> base = earlier.subList(Math.max(0, earlier.size() - PREDICTABILITY_BASE), earlier.size());
        BigDecimal value = Ratio.of(ledger.velocity(), mean(velocitiesOf(base)));
        List<String> notes = new ArrayList<>(List.of(count("sprints", base.size())));
        if (value == null) {
            notes.add("no-history");
        } else if (value.compareTo(PREDICTABILITY_CAP) > 0) {
            notes.add("band:above-150");
        }
        return new MetricResult("M13", 1, value, Units.RATIO, List.of(), notes);
    }

    /** M13b: coefficient of variation (population stdev / mean) of the velocities in the window. */
    public MetricResult stability() {
        List<BigDecimal> velocities = windowVelocities();
        BigDecimal mean = mean(velocities);
        List<String> notes = new ArrayList<>(List.of(count("sprints", velocities.size()), "stdev:population"));
        BigDecimal value = null;
        if (velocities.size() < 2 || mean == null || mean.signum() == 0) {
            notes.add("insufficient-history");
        } else {
            BigDecimal variance = velocities.stream()
                    .map(v -> v.subtract(mean).pow(2))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(velocities.size()), MathContext.DECIMAL64);
            value = variance.sqrt(MathContext.DECIMAL64).divide(mean, Ratio.SCALE, RoundingMode.HALF_EVEN);
        }
        return new MetricResult("M13b", 1, value, Units.RATIO, List.of(), notes);
    }

    private List<BigDecimal> windowVelocities() {
        List<SprintLedger> all = new ArrayList<>(earlier);
        if (ledger.sprint().isClosed()) {
            all.add(ledger);
        }
        return velocitiesOf(all.subList(Math.max(0, all.size() - window), all.size()));
    }

    private static List<BigDecimal> velocitiesOf(List<SprintLedger> ledgers) {
        return ledgers.stream().map(SprintLedger::velocity).toList();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
    }

    private static MetricResult committedRatio(String id, BigDecimal value, List<IssueKey> issues, String note) {
        List<String> notes = new ArrayList<>(List.of(note));
        if (value == null) {
            notes.add(Units.NO_COMMITMENT);
        }
        return new MetricResult(id, 1, value, Units.RATIO, issues, notes);
    }
}
