package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Invariants of the ledger over random change histories of up to eight issues. */
class LedgerProperties {
    private static final List<String> STATUSES = List.of("To Do", "In Progress", "In Review", "Done", "Parked");
    private static final List<String> RESOLUTIONS = List.of("", "Done", "Won't Do");

    /** One random changelog entry: hour after day −2, what changes (0–3) and a value selector. */
    record Step(int hour, int kind, int value) {}

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void finalScopeIsCommittedPlusAddedMinusRemovedPlusDelta(
            @ForAll("histories") List<List<Step>> histories, @ForAll boolean closed) {
        SprintLedger ledger = ledger(histories, closed, false);
        BigDecimal rebuilt = ledger.committedPoints()
                .add(ledger.addedPoints())
                .subtract(ledger.removedPoints())
                .add(ledger.estimateChange());
        assertThat(rebuilt).isEqualByComparingTo(ledger.finalPoints());
        assertThat(ledger.estimateIncrease().add(ledger.estimateDecrease()))
                .isEqualByComparingTo(ledger.estimateChange());
        // The generator must really produce every bucket, or this property proves little.
        collect("added", !ledger.added().isEmpty());
        collect("removed", !ledger.removed().isEmpty());
        collect("done", !ledger.done().isEmpty());
        collect("delta", ledger.estimateChange().signum() != 0);
    }

    @Property
    void bucketsPartitionTheScope(@ForAll("histories") List<List<Step>> histories, @ForAll boolean closed) {
        SprintLedger ledger = ledger(histories, closed, false);
        Set<IssueKey> committedOrAdded = union(keys(ledger.committed()), keys(ledger.added()));
        Set<IssueKey> finalOrRemoved = union(keys(ledger.finalScope()), keys(ledger.removed()));
        assertThat(committedOrAdded).isEqualTo(finalOrRemoved);
        assertThat(Collections.disjoint(keys(ledger.finalScope()), keys(ledger.removed())))
                .isTrue();
        assertThat(Collections.disjoint(keys(ledger.committed()), keys(ledger.added())))
                .isTrue();
        assertThat(keys(ledger.finalScope())).containsAll(keys(ledger.done()));
        assertThat(Collections.disjoint(committedOrAdded, ledger.completedOutside()))
                .isTrue();
    }

    @Property
    void velocityNeverExceedsTheFinalScope(@ForAll("histories") List<List<Step>> histories, @ForAll boolean closed) {
        SprintLedger ledger = ledger(histories, closed, true);
        assertThat(ledger.velocity()).isLessThanOrEqualTo(ledger.finalPoints());
        assertThat(ledger.estimateDecrease()).isLessThanOrEqualTo(BigDecimal.ZERO);
    }

    @Property
    void growingEstimatesOnMappedStatusesNeverGiveANegativeDelta(
            @ForAll("mappedHistories") List<List<Step>> histories) {
        SprintLedger ledger = ledger(histories, true, true);
        assertThat(ledger.estimateDecrease()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(ledger.estimateChange()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    @Property
    void sayDoStaysBetweenZeroAndOne(@ForAll("histories") List<List<Step>> histories) {
        SprintLedger ledger = ledger(histories, true, false);
        BigDecimal sayDo = new DeliveryMetrics(ledger, List.of(), Boards.CALENDAR, 7)
                .sayDo()
                .value();
        if (sayDo != null) {
            assertThat(sayDo).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
    }

    /** G2/G9: once its close snapshot is stored, any later history (rewrite, reopen, filter change) leaves M1–M12 alone. */
    @Property
    void aSnapshottedClosedSprintIgnoresWhateverHappensLater(
            @ForAll("histories") List<List<Step>> histories, @ForAll("histories") List<List<Step>> later) {
        MemorySnapshots store = new MemorySnapshots();
        SprintHealthReport first = frozenHealth(histories, true, store);
        SprintHealthReport second = frozenHealth(later, true, store);
        for (String id : List.of("M1", "M2", "M3", "M4", "M5", "M6", "M6b", "M6c", "M7", "M9", "M10", "M11", "M12")) {
            MetricResult before = first.metric(id).orElseThrow();
            MetricResult after = second.metric(id).orElseThrow();
            assertThat(after.value() == null ? "undefined" : after.value().stripTrailingZeros())
                    .as(id)
                    .isEqualTo(
                            before.value() == null
                                    ? "undefined"
                                    : before.value().stripTrailingZeros());
            assertThat(after.issues()).as(id).isEqualTo(before.issues());
        }
        assertThat(store.saves).containsExactly("close 10");
    }

    /** A stored commitment applied to any other history keeps C as stored and F = C + A − R + Δ exact. */
    @Property
    void aStoredCommitmentKeepsTheIdentityOverAnyHistory(
            @ForAll("histories") List<List<Step>> histories, @ForAll("histories") List<List<Step>> later) {
        MemorySnapshots store = new MemorySnapshots();
        frozenHealth(histories, false, store);
        SprintLedger ledger = frozenHealth(later, false, store).ledger();
        assertThat(SprintLedger.keys(ledger.committed()))
                .containsExactlyInAnyOrderElementsOf(
                        store.starts.get(10L).byKey().keySet());
        assertThat(ledger.committedPoints()
                        .add(ledger.addedPoints())
                        .subtract(ledger.removedPoints())
                        .add(ledger.estimateChange()))
                .isEqualByComparingTo(ledger.finalPoints());
    }

    private static SprintHealthReport frozenHealth(List<List<Step>> histories, boolean closed, MemorySnapshots store) {
        List<IssueHistory> issues = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            issues.add(issue("PG-" + (i + 1), histories.get(i), false));
        }
        SprintBuilder builder = SprintBuilder.sprint(10).started(day(0)).ends(day(10));
        if (closed) {
            builder.closed(day(10, 10));
        }
        SprintSnapshot sprint = builder.build();
        java.time.Clock clock = TestTime.clockAt(day(closed ? 12 : 6));
        SprintHealthSettings settings = SprintHealthSettings.defaults();
        return new SprintHealth(
                        new BoardSprints(List.of(sprint)), issues, Boards.scrum(), Boards.CALENDAR, settings, clock)
                .withFrozenScope(new io.phasegate.core.snapshot.FrozenSprints(
                        store, io.phasegate.core.snapshot.SnapshotBasis.of(Boards.scrum(), settings), clock))
                .evaluate(sprint);
    }

    @Provide
    Arbitrary<List<List<Step>>> histories() {
        return steps(5).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<List<Step>>> mappedHistories() {
        return steps(4).list().ofMaxSize(8);
    }

    private static Arbitrary<List<Step>> steps(int statuses) {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.integers().between(0, 14 * 24),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 14))
                .as((hour, kind, value) -> new Step(hour, kind, kind == 2 ? value % statuses : value));
        return step.list().ofMaxSize(10);
    }

    private static SprintLedger ledger(List<List<Step>> histories, boolean closed, boolean onlyGrow) {
        List<IssueHistory> issues = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            issues.add(issue("PG-" + (i + 1), histories.get(i), onlyGrow));
        }
        SprintBuilder sprint = SprintBuilder.sprint(10).started(day(0)).ends(day(10));
        if (closed) {
            sprint.closed(day(10, 10));
        }
        return SprintLedger.build(
                sprint.build(), issues, Boards.scrum(), SprintHealthSettings.defaults(), TestTime.clockAt(day(6)));
    }

    private static IssueHistory issue(String key, List<Step> steps, boolean onlyGrow) {
        IssueHistoryBuilder issue =
                IssueHistoryBuilder.story(key).created(day(-3)).estimate(3);
        boolean[] in = {steps.size() % 2 == 0}; // half the issues start in the sprint
        if (in[0]) {
            issue.inSprint(10);
        }
        int[] estimate = {3};
        steps.stream().sorted(Comparator.comparingInt(Step::hour)).forEach(step -> {
            issue.on(day(-2).plusSeconds(3_600L * step.hour()));
            apply(issue, step, in, estimate, onlyGrow);
        });
        return issue.build();
    }

    /** Replays one step; {@code in} and {@code estimate} carry the issue's state between steps. */
    private static void apply(IssueHistoryBuilder issue, Step step, boolean[] in, int[] estimate, boolean onlyGrow) {
        switch (step.kind()) {
            case 0 -> {
                in[0] = !in[0];
                issue.inSprint(in[0] ? new long[] {10} : step.value() % 2 == 0 ? new long[] {} : new long[] {11});
            }
            case 1 -> {
                estimate[0] = onlyGrow ? estimate[0] + step.value() : step.value();
                issue.estimate(!onlyGrow && step.value() == 14 ? null : Integer.toString(estimate[0]));
            }
            case 2 -> issue.status(STATUSES.get(step.value()));
            default -> {
                String resolution = RESOLUTIONS.get(step.value() % 3);
                issue.resolution(resolution.isEmpty() ? null : resolution);
            }
        }
    }

    private static void collect(String label, boolean seen) {
        Statistics.label(label).collect(seen);
        Statistics.label(label).coverage(checker -> checker.check(true).percentage(p -> p > 2));
    }

    private static Set<IssueKey> keys(List<ScopeItem> items) {
        return new HashSet<>(SprintLedger.keys(items));
    }

    private static Set<IssueKey> union(Set<IssueKey> a, Set<IssueKey> b) {
        Set<IssueKey> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
