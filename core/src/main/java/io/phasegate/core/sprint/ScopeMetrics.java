package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.SprintLedger.keys;
import static io.phasegate.core.sprint.SprintLedger.sum;
import static io.phasegate.core.sprint.Units.count;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The commitment and scope metrics M1–M7 of one sprint, read off its {@link SprintLedger}. */
public final class ScopeMetrics {
    /** Share of the final scope added in the first working day above which we flag "late-planning" (M1). */
    static final BigDecimal LATE_PLANNING_SHARE = new BigDecimal("0.5");

    private final SprintLedger ledger;
    private final WorkCalendar calendar;

    public ScopeMetrics(SprintLedger ledger, WorkCalendar calendar) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** M1 to M7 in order. */
    public List<MetricResult> all() {
        return List.of(
                committed(),
                added(),
                removed(),
                estimateChange(),
                finalScope(),
                scopeChangeNet(),
                scopeChurnGross(),
                scopeCreep(),
                unplannedRatio());
    }

    /** M1: points of C at t0. */
    public MetricResult committed() {
        List<ScopeItem> c = ledger.committed();
        List<String> notes = new ArrayList<>(countNotes(c));
        long unmapped = c.stream().filter(ScopeItem::unmappedAtEntry).count();
        if (unmapped > 0) {
            notes.add(count("unmapped-status", unmapped));
        }
        if (!ledger.completedOutside().isEmpty()) {
            notes.add(count("completed-outside", ledger.completedOutside().size()));
        }
        if (!ledger.subtasks().isEmpty()) {
            notes.add(count("subtasks-excluded", ledger.subtasks().size()));
        }
        if (latePlanning()) {
            notes.add("late-planning");
        }
        return result("M1", ledger.committedPoints(), Units.POINTS, keys(c), notes);
    }

    /** M2: points of A when first added. */
    public MetricResult added() {
        List<ScopeItem> a = ledger.added();
        return result("M2", ledger.addedPoints(), Units.POINTS, keys(a), countNotes(a));
    }

    /** M3: points of R when last removed. */
    public MetricResult removed() {
        List<ScopeItem> r = ledger.removed();
        List<String> notes = new ArrayList<>(List.of(count("count", r.size())));
        long whileDone = r.stream().filter(ScopeItem::removedWhileDone).count();
        if (whileDone > 0) {
            notes.add(count("removed-while-done", whileDone));
        }
        return result("M3", ledger.removedPoints(), Units.POINTS, keys(r), notes);
    }

    /** M4: Δ, with Δ+ and Δ− as notes. */
    public MetricResult estimateChange() {
        List<ScopeItem> changed = ledger.items().stream()
                .filter(item -> item.estimateChange().signum() != 0)
                .toList();
        List<String> notes = List.of(
                "increase:" + ledger.estimateIncrease().toPlainString(),
                "decrease:" + ledger.estimateDecrease().toPlainString());
        return result("M4", ledger.estimateChange(), Units.POINTS, keys(changed), notes);
    }

    /** M5: points of F at the end. */
    public MetricResult finalScope() {
        List<ScopeItem> f = ledger.finalScope();
        List<String> notes = new ArrayList<>(List.of(count("count", f.size())));
        if (!ledger.closedNotDelivered().isEmpty()) {
            notes.add(count("closed-not-delivered", ledger.closedNotDelivered().size()));
        }
        return result("M5", ledger.finalPoints(), Units.POINTS, keys(f), notes);
    }

    /** M6: (F_pts − C_pts) / C_pts. */
    public MetricResult scopeChangeNet() {
        List<ScopeItem> c = ledger.committed();
        if (countsFallback()) {
            long net = ledger.finalScope().size() - (long) c.size();
            return ratio("M6", Ratio.of(net, c.size()), keys(c), true);
        }
        BigDecimal net = ledger.finalPoints().subtract(ledger.committedPoints());
        return ratio("M6", Ratio.of(net, ledger.committedPoints()), keys(c), false);
    }

    /** M6b: (churn added + churn removed + |Δ|) / C_pts, where |Δ| = Δ+ + |Δ−|. */
    public MetricResult scopeChurnGross() {
        List<ScopeItem> churned = ledger.items().stream()
                .filter(item -> item.churnAdded() != null || item.churnRemoved() != null)
                .toList();
        if (countsFallback()) {
            long events = churned.stream()
                    .mapToLong(item -> (item.churnAdded() != null ? 1 : 0) + (item.churnRemoved() != null ? 1 : 0))
                    .sum();
            return ratio("M6b", Ratio.of(events, ledger.committed().size()), keys(churned), true);
        }
        BigDecimal gross = sum(churned, item -> orZero(item.churnAdded()).add(orZero(item.churnRemoved())))
                .add(ledger.estimateIncrease())
                .subtract(ledger.estimateDecrease());
        return ratio("M6b", Ratio.of(gross, ledger.committedPoints()), keys(churned), false);
    }

    /** M6c: A_pts / C_pts (Telescope's scope creep). */
    public MetricResult scopeCreep() {
        List<ScopeItem> a = ledger.added();
        if (countsFallback()) {
            return ratio("M6c", Ratio.of(a.size(), ledger.committed().size()), keys(a), true);
        }
        return ratio("M6c", Ratio.of(ledger.addedPoints(), ledger.committedPoints()), keys(a), false);
    }

    /** M7: share of F's points that are unplanned: added mid-sprint or interrupt work. */
    public MetricResult unplannedRatio() {
        List<ScopeItem> f = ledger.finalScope();
        List<ScopeItem> unplanned =
                f.stream().filter(item -> !item.committed() || item.interrupt()).toList();
        BigDecimal value = Ratio.of(sum(unplanned, ScopeItem::endPoints), ledger.finalPoints());
        List<String> notes = new ArrayList<>(List.of("count:" + unplanned.size() + "/" + f.size()));
        if (value == null) {
            notes.add(Units.NO_FINAL_SCOPE);
        }
        return result("M7", value, Units.RATIO, keys(unplanned), notes);
    }

    /** More than half of C unestimated: the ratio metrics of M6 use counts instead (labelled). */
    private boolean countsFallback() {
        List<ScopeItem> c = ledger.committed();
        long unestimated = c.stream().filter(ScopeItem::unestimatedAtEntry).count();
        return !c.isEmpty() && unestimated * 2 > c.size();
    }

    private boolean latePlanning() {
        BigDecimal early = sum(
                ledger.added().stream()
                        .filter(item -> calendar.workingDaysBetween(ledger.t0(), item.entry())
                                        .compareTo(BigDecimal.ONE)
                                <= 0)
                        .toList(),
                ScopeItem::entryPoints);
        BigDecimal share = Ratio.of(early, ledger.finalPoints());
        return share != null && share.compareTo(LATE_PLANNING_SHARE) > 0;
    }

    private static List<String> countNotes(List<ScopeItem> items) {
        List<String> notes = new ArrayList<>(List.of(count("count", items.size())));
        long unestimated = items.stream().filter(ScopeItem::unestimatedAtEntry).count();
        if (unestimated > 0) {
            notes.add(count("unestimated", unestimated));
        }
        return notes;
    }

    private static MetricResult ratio(String id, BigDecimal value, List<IssueKey> issues, boolean counts) {
        List<String> notes = new ArrayList<>();
        if (counts) {
            notes.add(Units.COUNTS_FALLBACK);
        }
        if (value == null) {
            notes.add(Units.NO_COMMITMENT);
        }
        return result(id, value, Units.RATIO, issues, notes);
    }

    private static MetricResult result(
            String id, BigDecimal value, String unit, List<IssueKey> issues, List<String> notes) {
        return new MetricResult(id, 1, value, unit, issues, notes);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
