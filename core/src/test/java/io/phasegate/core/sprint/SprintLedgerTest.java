package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SprintLedgerTest {
    private final SprintLedger ledger = TwoWeekSprint.ledger();

    @Test
    void startsAtActivationAndEndsAtCompletion() {
        assertThat(ledger.t0()).isEqualTo(day(0));
        assertThat(ledger.t1()).isEqualTo(day(11, 10));
        assertThat(ledger.observedEnd()).isBefore(ledger.t1());
    }

    @Test
    void sortsTheScenarioIntoBuckets() {
        assertThat(keys(ledger.committed())).containsExactly("PG-1", "PG-2", "PG-3", "PG-8", "PG-9");
        assertThat(keys(ledger.added())).containsExactly("PG-4", "PG-5");
        assertThat(keys(ledger.removed())).containsExactly("PG-3", "PG-5");
        assertThat(keys(ledger.finalScope())).containsExactly("PG-1", "PG-2", "PG-4", "PG-8", "PG-9");
        assertThat(keys(ledger.done())).containsExactly("PG-1", "PG-4", "PG-8");
        assertThat(keys(ledger.closedNotDelivered())).containsExactly("PG-9");
        assertThat(ledger.completedOutside()).containsExactly(IssueKey.of("PG-6"));
        assertThat(ledger.subtasks()).containsExactly(IssueKey.of("PG-7"));
    }

    @Test
    void keepsTheTimelinesOfItsOwnIssuesOnly() {
        List<IssueHistory> board = new ArrayList<>(TwoWeekSprint.issues());
        board.add(IssueHistoryBuilder.story("PG-20").estimate(3).inSprint(11).build());
        SprintLedger withOtherWork = SprintLedger.build(
                TwoWeekSprint.SPRINT_10,
                board,
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(30)));

        for (String key : List.of("PG-1", "PG-3", "PG-5", "PG-6", "PG-7", "PG-9")) {
            assertThat(withOtherWork.timeline(IssueKey.of(key)).history().key()).isEqualTo(IssueKey.of(key));
        }
        assertThat(withOtherWork.timeline(IssueKey.of("PG-20"))).isNull();
        assertThat(keys(withOtherWork.finalScope())).isEqualTo(keys(ledger.finalScope()));
    }

    @Test
    void addsUpTheHandCheckedPoints() {
        assertThat(ledger.committedPoints()).isEqualByComparingTo("18");
        assertThat(ledger.addedPoints()).isEqualByComparingTo("5");
        assertThat(ledger.removedPoints()).isEqualByComparingTo("9");
        assertThat(ledger.estimateChange()).isEqualByComparingTo("0");
        assertThat(ledger.estimateIncrease()).isEqualByComparingTo("2");
        assertThat(ledger.estimateDecrease()).isEqualByComparingTo("-2");
        assertThat(ledger.finalPoints()).isEqualByComparingTo("14");
        assertThat(ledger.velocity()).isEqualByComparingTo("7");
    }

    @Test
    void finalScopeIsCommittedPlusAddedMinusRemovedPlusDelta() {
        BigDecimal rebuilt = ledger.committedPoints()
                .add(ledger.addedPoints())
                .subtract(ledger.removedPoints())
                .add(ledger.estimateChange());
        assertThat(rebuilt).isEqualByComparingTo(ledger.finalPoints());
    }

    @Test
    void unfinishedWorkMovedAtTheCloseStaysInTheFinalScope() {
        ScopeItem carried = item("PG-2");
        assertThat(carried.removed()).isFalse();
        assertThat(carried.done()).isFalse();
        assertThat(carried.endPoints()).isEqualByComparingTo("5");
    }

    @Test
    void activeSprintEndsNowFromTheClock() {
        SprintSnapshot active =
                SprintBuilder.sprint(10).started(day(0)).ends(day(11)).build();
        SprintLedger live = SprintLedger.build(
                active,
                TwoWeekSprint.issues(),
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(5, 12)));
        assertThat(live.t1()).isEqualTo(day(5, 12));
        assertThat(keys(live.removed())).containsExactly("PG-3");
        assertThat(keys(live.done())).containsExactly("PG-1");
    }

    private ScopeItem item(String key) {
        return ledger.items().stream()
                .filter(item -> item.key().value().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static List<String> keys(List<ScopeItem> items) {
        return items.stream().map(item -> item.key().value()).toList();
    }
}
