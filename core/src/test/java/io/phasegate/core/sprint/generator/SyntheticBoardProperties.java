package io.phasegate.core.sprint.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.ScopeItem;
import io.phasegate.core.sprint.SprintHealth;
import io.phasegate.core.sprint.SprintLedger;
import io.phasegate.core.sprint.SprintSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The engine against the generator's ground truth, over many seeds and board sizes. */
class SyntheticBoardProperties {

    @Property(tries = 40)
    void theLedgerEqualsTheGroundTruthOfEverySprint(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int issuesPerSprint) {
        SyntheticBoard board = SyntheticBoard.generate(seed, 3, issuesPerSprint, 6);
        SprintHealth health = board.health();
        for (GroundTruth truth : board.truths()) {
            SprintLedger ledger = health.ledger(sprint(board, truth.sprintId()));

            assertThat(points(ledger.committed(), ScopeItem::entryPoints)).isEqualTo(normal(truth.committed()));
            assertThat(points(ledger.added(), ScopeItem::entryPoints)).isEqualTo(normal(truth.added()));
            assertThat(points(ledger.removed(), ScopeItem::endPoints)).isEqualTo(normal(truth.removed()));
            assertThat(points(ledger.finalScope(), ScopeItem::endPoints)).isEqualTo(normal(truth.finalScope()));
            assertThat(points(ledger.done(), ScopeItem::endPoints)).isEqualTo(normal(truth.delivered()));
            assertThat(ledger.velocity()).isEqualByComparingTo(truth.velocity());
            assertThat(ledger.finalPoints())
                    .isEqualByComparingTo(truth.committedPoints()
                            .add(truth.addedPoints())
                            .subtract(truth.removedPoints())
                            .add(ledger.estimateChange()));
        }
    }

    @Property(tries = 25)
    void subTaskPointsAreNeverCounted(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int issuesPerSprint) {
        SyntheticBoard board = SyntheticBoard.generate(seed, 2, issuesPerSprint, 5);
        List<IssueHistory> heavy = Histories.subtasksEstimatedAt(board.issues(), BigDecimal.valueOf(100));
        for (SprintSnapshot sprint : board.sprints()) {
            SprintLedger ledger = board.health().ledger(sprint);
            SprintLedger withHeavySubtasks = board.health(heavy).ledger(sprint);

            assertThat(ledger.items()).extracting(ScopeItem::key).noneMatch(key -> ledger.subtasks()
                    .contains(key));
            assertThat(withHeavySubtasks.committedPoints()).isEqualByComparingTo(ledger.committedPoints());
            assertThat(withHeavySubtasks.velocity()).isEqualByComparingTo(ledger.velocity());
            assertThat(withHeavySubtasks.finalPoints()).isEqualByComparingTo(ledger.finalPoints());
        }
    }

    @Property(tries = 25)
    void aClosedSprintsNumbersIgnoreEverythingAfterItsClose(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int issuesPerSprint) {
        SyntheticBoard board = SyntheticBoard.generate(seed, 3, issuesPerSprint, 6);
        SprintSnapshot first = board.sprints().get(0);
        List<IssueHistory> asClosed = Histories.asOf(board.issues(), first.completeDate());

        var later = board.health().evaluate(first).metrics();
        var atClose = board.health(asClosed).evaluate(first).metrics();

        assertThat(later).isEqualTo(atClose);
    }

    @Property(tries = 10)
    void everyMetricValueOfAGeneratedSprintIsFiniteAndRatiosOfCountsStayInRange(@ForAll long seed) {
        SyntheticBoard board = SyntheticBoard.generate(seed, 2, 12, 6);
        for (SprintSnapshot sprint : board.sprints()) {
            board.health().evaluate(sprint).metrics().forEach(metric -> {
                if (List.of("M10", "M20", "M24", "M24b", "M27", "M28").contains(metric.id()) && metric.defined()) {
                    assertThat(metric.value()).as(metric.id()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                }
            });
        }
    }

    private static SprintSnapshot sprint(SyntheticBoard board, long id) {
        return board.sprints().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private static Map<IssueKey, BigDecimal> points(List<ScopeItem> items, Function<ScopeItem, BigDecimal> points) {
        return items.stream()
                .collect(Collectors.toMap(
                        ScopeItem::key,
                        item -> points.apply(item).stripTrailingZeros(),
                        (a, b) -> a,
                        () -> new TreeMap<>(java.util.Comparator.comparing(IssueKey::value))));
    }

    private static Map<IssueKey, BigDecimal> normal(Map<IssueKey, BigDecimal> points) {
        Map<IssueKey, BigDecimal> normal = new TreeMap<>(java.util.Comparator.comparing(IssueKey::value));
        points.forEach((key, value) -> normal.put(key, value.stripTrailingZeros()));
        return normal;
    }
}
