package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.IssueHistoryBuilder.subtask;
import static io.phasegate.core.sprint.Ledgers.delivery;
import static io.phasegate.core.sprint.Ledgers.ledger;
import static io.phasegate.core.sprint.Ledgers.scope;
import static io.phasegate.core.sprint.SprintLedgerTest.keys;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** §3.K of docs/metrics.md, data rows: unestimated, sub-tasks, reopen, Won't Do, unmapped, edited dates. */
class DataEdgeCaseTest {
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
}
