package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.IssueHistoryBuilder.subtask;
import static io.phasegate.core.sprint.SprintLedgerTest.keys;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One fixture per row of the edge-case policy in docs/metrics.md §3.K. */
class EdgeCasePolicyTest {
    private static final SprintSnapshot SPRINT = SprintBuilder.sprint(10)
            .started(day(0))
            .ends(day(11))
            .closed(day(11, 10))
            .build();

    private static SprintLedger ledger(SprintSnapshot sprint, SprintHealthSettings settings, IssueHistory... issues) {
        return SprintLedger.build(sprint, List.of(issues), Boards.scrum(), settings, TestTime.clockAt(day(30)));
    }

    private static SprintLedger ledger(IssueHistory... issues) {
        return ledger(SPRINT, SprintHealthSettings.defaults(), issues);
    }

    private static DeliveryMetrics delivery(SprintLedger ledger) {
        return new DeliveryMetrics(ledger, List.of(), Boards.CALENDAR, 7);
    }

    private static ScopeMetrics scope(SprintLedger ledger) {
        return new ScopeMetrics(ledger, Boards.CALENDAR);
    }

    @Test
    void issueAddedMidSprintIsAddedAndCountsForVelocityButNotSayDo() {
        SprintLedger ledger = ledger(
                story("PG-1").estimate(5).inSprint(10).on(day(3)).done().build(),
                story("PG-2")
                        .estimate(3)
                        .on(day(2))
                        .inSprint(10)
                        .on(day(4))
                        .done()
                        .build());
        assertThat(keys(ledger.committed())).containsExactly("PG-1");
        assertThat(keys(ledger.added())).containsExactly("PG-2");
        assertThat(ledger.velocity()).isEqualByComparingTo("8");
        assertThat(delivery(ledger).sayDo().value()).isEqualByComparingTo("1");
        assertThat(delivery(ledger).capacityAccuracy().value()).isEqualByComparingTo("1.6");
    }

    @Test
    void addedThenRemovedIsInAddedAndRemovedWithNetEffectZero() {
        SprintLedger ledger = ledger(
                story("PG-1").estimate(5).inSprint(10).build(),
                story("PG-2")
                        .estimate(3)
                        .on(day(2))
                        .inSprint(10)
                        .on(day(4))
                        .noSprint()
                        .build());
        assertThat(keys(ledger.added())).containsExactly("PG-2");
        assertThat(keys(ledger.removed())).containsExactly("PG-2");
        assertThat(scope(ledger).scopeChangeNet().value()).isEqualByComparingTo("0");
        assertThat(scope(ledger).scopeChurnGross().value()).isEqualByComparingTo("1.2"); // (3 + 3) / 5
    }

    @Test
    void committedRemovedAndReAddedStaysCommittedAndChurnsTwice() {
        SprintLedger ledger = ledger(story("PG-1")
                .estimate(4)
                .inSprint(10)
                .on(day(2))
                .noSprint()
                .on(day(3))
                .inSprint(10)
                .on(day(5))
                .done()
                .build());
        assertThat(keys(ledger.committed())).containsExactly("PG-1");
        assertThat(ledger.removed()).isEmpty();
        assertThat(delivery(ledger).sayDo().value()).isEqualByComparingTo("1");
        assertThat(scope(ledger).scopeChurnGross().value()).isEqualByComparingTo("2"); // (4 + 4) / 4
        assertThat(scope(ledger).scopeChangeNet().value()).isEqualByComparingTo("0");
    }

    @Test
    void moveToAParallelActiveSprintIsRemovedHereAndAddedThere() {
        SprintSnapshot parallel = SprintBuilder.sprint(20)
                .started(day(0))
                .ends(day(11))
                .closed(day(11, 10))
                .build();
        IssueHistory moved =
                story("PG-1").estimate(5).inSprint(10).on(day(3)).inSprint(20).build();
        assertThat(keys(ledger(moved).removed())).containsExactly("PG-1");
        SprintLedger target = ledger(parallel, SprintHealthSettings.defaults(), moved);
        assertThat(keys(target.added())).containsExactly("PG-1");
        assertThat(target.committed()).isEmpty();
    }

    @Test
    void doneBeforeT0IsCompletedOutsideAndExcludedEverywhere() {
        SprintLedger ledger = ledger(
                story("PG-1").estimate(5).inSprint(10).on(day(-1)).done().build(),
                story("PG-2")
                        .estimate(2)
                        .on(day(-1))
                        .done()
                        .on(day(2))
                        .inSprint(10)
                        .build());
        assertThat(ledger.committed()).isEmpty();
        assertThat(ledger.finalScope()).isEmpty();
        assertThat(ledger.done()).isEmpty();
        assertThat(ledger.completedOutside()).extracting(Object::toString).containsExactly("PG-1", "PG-2");
    }

    @Test
    void reEstimatedMidSprintSayDoUsesT0AndVelocityUsesT1() {
        SprintLedger ledger = ledger(
                story("PG-1")
                        .estimate(3)
                        .inSprint(10)
                        .on(day(2))
                        .estimate(8)
                        .on(day(4))
                        .done()
                        .build(),
                story("PG-2").estimate(3).inSprint(10).build());
        assertThat(delivery(ledger).sayDo().value()).isEqualByComparingTo("0.5"); // 3 / 6
        assertThat(ledger.velocity()).isEqualByComparingTo("8");
        assertThat(scope(ledger).estimateChange().value()).isEqualByComparingTo("5");
    }

    @Test
    void unestimatedIssuesCountZeroAndAreReported() {
        SprintLedger ledger = ledger(
                story("PG-1").estimate(5).inSprint(10).build(),
                story("PG-2").inSprint(10).build(),
                story("PG-3").estimate("0").inSprint(10).build());
        MetricResult m1 = scope(ledger).committed();
        assertThat(m1.value()).isEqualByComparingTo("5");
        assertThat(m1.notes()).contains("count:3", "unestimated:1"); // 0 is an estimate, null is not
    }

    @Test
    void mostlyUnestimatedCommitmentFallsBackToCountsWithALabel() {
        SprintLedger ledger = ledger(
                story("PG-1").estimate(5).inSprint(10).build(),
                story("PG-2").inSprint(10).build(),
                story("PG-3").inSprint(10).build(),
                story("PG-4").on(day(2)).inSprint(10).build());
        MetricResult creep = scope(ledger).scopeCreep();
        assertThat(creep.value()).isEqualByComparingTo("0.3333"); // 1 added / 3 committed
        assertThat(creep.notes()).containsExactly("counts-fallback");
        assertThat(scope(ledger).scopeChangeNet().value()).isEqualByComparingTo("0.3333");
        assertThat(scope(ledger).scopeChurnGross().value()).isEqualByComparingTo("0.3333");
    }

    @Test
    void subtasksCarryNoPointsAndAreListedAsExcluded() {
        SprintLedger ledger = ledger(
                story("PG-1").estimate(5).inSprint(10).build(),
                subtask("PG-2").estimate(3).inSprint(10).on(day(2)).done().build());
        assertThat(ledger.committedPoints()).isEqualByComparingTo("5");
        assertThat(keys(ledger.items())).containsExactly("PG-1");
        assertThat(scope(ledger).committed().notes()).contains("subtasks-excluded:1");
    }

    @Test
    void reopenAfterCloseLeavesTheClosedSprintAloneAndIsAddedToTheNext() {
        IssueHistory reopened = story("PG-1")
                .estimate(5)
                .inSprint(10)
                .on(day(4))
                .done()
                .on(day(13))
                .reopened()
                .on(day(13, 10))
                .inSprint(10, 11)
                .build();
        assertThat(ledger(reopened).velocity()).isEqualByComparingTo("5");
        SprintSnapshot next =
                SprintBuilder.sprint(11).started(day(11, 11)).ends(day(25)).build();
        SprintLedger nextLedger = SprintLedger.build(
                next, List.of(reopened), Boards.scrum(), SprintHealthSettings.defaults(), TestTime.clockAt(day(14)));
        assertThat(keys(nextLedger.added())).containsExactly("PG-1");
        assertThat(nextLedger.completedOutside()).isEmpty();
    }

    @Test
    void closedAsWontDoIsNotVelocityButStaysInScope() {
        SprintLedger ledger = ledger(story("PG-1")
                .estimate(5)
                .inSprint(10)
                .on(day(3))
                .status("Done")
                .resolution("Won't Do")
                .build());
        assertThat(ledger.velocity()).isEqualByComparingTo("0");
        assertThat(ledger.finalPoints()).isEqualByComparingTo("5");
        assertThat(delivery(ledger).velocity().notes()).contains("closed-not-delivered:1");
    }

    @Test
    void unmappedStatusCountsZeroPointsAndIsFlagged() {
        SprintLedger ledger = ledger(
                story("PG-1").estimate(5).inSprint(10).status("Parked").build(),
                story("PG-2").estimate(3).inSprint(10).build());
        MetricResult m1 = scope(ledger).committed();
        assertThat(m1.value()).isEqualByComparingTo("3");
        assertThat(m1.notes()).contains("count:2", "unmapped-status:1");
    }

    @Test
    void activatedDateWinsOverAStartDateEditedAfterTheStart() {
        SprintSnapshot edited = SprintBuilder.sprint(10)
                .started(day(0))
                .startDate(day(2))
                .ends(day(11))
                .closed(day(11, 10))
                .build();
        SprintLedger ledger = ledger(
                edited,
                SprintHealthSettings.defaults(),
                story("PG-1").on(day(1)).inSprint(10).build());
        assertThat(ledger.t0()).isEqualTo(day(0));
        assertThat(keys(ledger.added())).containsExactly("PG-1");
    }

    @Test
    void zeroCommitmentGivesNoValueInsteadOfInfinity() {
        SprintLedger ledger =
                ledger(story("PG-1").estimate(3).on(day(2)).inSprint(10).build());
        for (MetricResult result : List.of(
                scope(ledger).scopeChangeNet(),
                scope(ledger).scopeChurnGross(),
                scope(ledger).scopeCreep(),
                delivery(ledger).sayDo(),
                delivery(ledger).capacityAccuracy())) {
            assertThat(result.value()).as(result.id()).isNull();
            assertThat(result.notes()).as(result.id()).contains("no-commitment");
        }
    }

    @Nested
    class Conventions {
        @Test
        void graceMovesT0SoEarlyAdditionsAreCommitted() {
            IssueHistory early = story("PG-1")
                    .estimate(3)
                    .on(day(0, 9).plusSeconds(1800))
                    .inSprint(10)
                    .build();
            SprintHealthSettings grace = SprintHealthSettings.defaults().withGrace(Duration.ofHours(1));
            assertThat(keys(ledger(SPRINT, grace, early).committed())).containsExactly("PG-1");
            assertThat(keys(ledger(early).added())).containsExactly("PG-1");
        }

        @Test
        void removedWhileDoneStaysInRemovedAndIsFlagged() {
            SprintLedger ledger = ledger(story("PG-1")
                    .estimate(3)
                    .inSprint(10)
                    .on(day(2))
                    .done()
                    .on(day(3))
                    .noSprint()
                    .build());
            assertThat(keys(ledger.removed())).containsExactly("PG-1");
            assertThat(scope(ledger).removed().notes()).contains("removed-while-done:1");
        }

        @Test
        void statusCategoryDoneIsAnAlternativeDoneDefinition() {
            IssueHistory resolved = story("PG-1")
                    .estimate(3)
                    .inSprint(10)
                    .on(day(2))
                    .status("Resolved")
                    .build();
            SprintLedger byColumn = ledger(resolved);
            SprintLedger byCategory = SprintLedger.build(
                    SPRINT,
                    List.of(resolved),
                    Boards.scrum(DoneDefinition.STATUS_CATEGORY_DONE),
                    SprintHealthSettings.defaults(),
                    TestTime.clockAt(day(30)));
            assertThat(byColumn.velocity()).isEqualByComparingTo("0");
            assertThat(byCategory.velocity()).isEqualByComparingTo("3");
            assertThat(delivery(byCategory).velocity().notes()).contains("done-definition:status-category-done");
        }

        @Test
        void latePlanningIsFlaggedWhenMostOfTheScopeArrivesOnDayOne() {
            SprintLedger ledger = ledger(
                    story("PG-1").estimate(1).inSprint(10).build(),
                    story("PG-2").estimate(8).on(day(0, 15)).inSprint(10).build());
            assertThat(scope(ledger).committed().notes()).contains("late-planning");
        }
    }
}
