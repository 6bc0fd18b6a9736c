package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.Ledgers.delivery;
import static io.phasegate.core.sprint.Ledgers.ledger;
import static io.phasegate.core.sprint.Ledgers.scope;
import static io.phasegate.core.sprint.SprintLedgerTest.keys;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** §3.K of docs/metrics.md, scope rows: one fixture per row, plus the zero-commitment rule. */
class EdgeCasePolicyTest {
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
}
