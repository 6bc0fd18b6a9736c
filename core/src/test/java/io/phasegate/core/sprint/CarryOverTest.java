package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryOverTest {
    private static final SprintSnapshot SPRINT_7 = SprintBuilder.sprint(7)
            .started(day(-42))
            .ends(day(-31))
            .closed(day(-31))
            .build();
    private static final BoardSprints BOARD = new BoardSprints(
            List.of(SPRINT_7, TwoWeekSprint.SPRINT_8, TwoWeekSprint.SPRINT_9, TwoWeekSprint.SPRINT_10));

    @Test
    void m8CarryOverInIsTheShareOfTheCommitmentLeftOpenInThePreviousSprint() {
        CarryOver carryOver = new CarryOver(TwoWeekSprint.ledger(), BOARD);
        MetricResult m8 = carryOver.carryOverIn();
        assertThat(m8.value()).isEqualByComparingTo("0.1667"); // PG-2 3 / 18
        assertThat(m8.issues()).containsExactly(IssueKey.of("PG-2"));
        assertThat(m8.notes()).containsExactly("depth-1:1", "depth-2:0", "depth-3+:0");
    }

    @Test
    void m8bSpillOverIsTheUndoneFinalScopeOverTheCommitment() {
        MetricResult m8b = new CarryOver(TwoWeekSprint.ledger(), BOARD).spillOverOut();
        assertThat(m8b.value()).isEqualByComparingTo("0.2778"); // PG-2 5 / 18; Won't Do PG-9 is closed
        assertThat(m8b.notes()).containsExactly("count:1");
    }

    @Test
    void depthCountsConsecutiveSprintsInWhichTheIssueWasOpenAtClose() {
        IssueHistory rolling = story("PG-1")
                .created(day(-45))
                .estimate(2)
                .inSprint(7)
                .on(day(-31))
                .inSprint(7, 8)
                .on(day(-17))
                .inSprint(7, 8, 9)
                .on(day(0, 8))
                .inSprint(7, 8, 9, 10)
                .build();
        IssueHistory fresh = story("PG-2").estimate(2).inSprint(10).build();
        SprintLedger ledger = SprintLedger.build(
                TwoWeekSprint.SPRINT_10,
                List.of(rolling, fresh),
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(30)));
        MetricResult m8 = new CarryOver(ledger, BOARD).carryOverIn();
        assertThat(m8.value()).isEqualByComparingTo("0.5");
        assertThat(m8.notes()).containsExactly("depth-1:0", "depth-2:0", "depth-3+:1");
    }

    @Test
    void aSprintStartingMoreThanFiveDaysAfterTheCloseIsNotConsecutive() {
        SprintSnapshot late =
                SprintBuilder.sprint(12).started(day(20)).ends(day(31)).build();
        assertThat(BOARD.previousConsecutive(late)).isNull();
        assertThat(BOARD.previousConsecutive(TwoWeekSprint.SPRINT_10)).isEqualTo(TwoWeekSprint.SPRINT_9);
    }

    @Test
    void otherBoardsSprintsAreIgnored() {
        SprintSnapshot otherBoard =
                SprintBuilder.sprint(50).board(2).started(day(0)).ends(day(11)).build();
        assertThat(BOARD.previousConsecutive(otherBoard)).isNull();
        assertThat(BOARD.closedBefore(otherBoard, day(0), 7)).isEmpty();
    }

    @Test
    void noCommitmentGivesNoCarryOverValue() {
        SprintLedger empty = SprintLedger.build(
                TwoWeekSprint.SPRINT_10,
                List.of(),
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(30)));
        CarryOver carryOver = new CarryOver(empty, BOARD);
        assertThat(carryOver.carryOverIn().notes()).contains("no-commitment");
        assertThat(carryOver.spillOverOut().notes()).contains("no-commitment");
    }
}
