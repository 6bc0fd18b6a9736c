package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowSignalsTest {
    private final FlowSignals signals =
            new FlowSignals(InFlightSprint.ledger(), Boards.CALENDAR, SprintHealthSettings.defaults());

    @Test
    void m18CountsIssuesBlockedNowAndReportsBlockedTime() {
        MetricResult m18 = signals.blockers();
        assertThat(m18.value()).isEqualByComparingTo("1");
        assertThat(m18.issues()).containsExactly(IssueKey.of("PG-3"));
        assertThat(m18.notes()).containsExactly("blocked-time:PG-2:PT24H", "blocked-time:PG-3:PT24H");
    }

    @Test
    void m19FindsInProgressWorkUntouchedForThreeWorkingDays() {
        MetricResult m19 = signals.staleWork();
        assertThat(m19.value()).isEqualByComparingTo("1");
        assertThat(m19.issues()).containsExactly(IssueKey.of("PG-2"));
        assertThat(m19.notes()).containsExactly("threshold-working-days:3");
    }

    @Test
    void m20IsTheShareOfIssuesMovedBackwards() {
        MetricResult m20 = signals.boomerangs();
        assertThat(m20.value()).isEqualByComparingTo("0.25");
        assertThat(m20.issues()).containsExactly(IssueKey.of("PG-4"));
        assertThat(m20.notes()).containsExactly("backward-moves:1", "denominator:scope-issues");
    }

    @Test
    void blockedTimeOfARemovedIssueStopsAtTheRemoval() {
        SprintLedger ledger = SprintLedger.build(
                InFlightSprint.SPRINT,
                List.of(story("PG-1")
                        .estimate(1)
                        .inSprint(10)
                        .on(day(1))
                        .flagged(true)
                        .on(day(2, 15))
                        .noSprint()
                        .build()),
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(4)));
        FlowSignals removed = new FlowSignals(ledger, Boards.CALENDAR, SprintHealthSettings.defaults());
        assertThat(removed.blockedTime(ledger.removed().get(0))).isEqualTo(Duration.ofHours(30));
        assertThat(removed.blockers().value()).isEqualByComparingTo("0");
    }

    @Test
    void anEmptySprintHasNoBoomerangShare() {
        SprintLedger empty = SprintLedger.build(
                InFlightSprint.SPRINT,
                List.of(),
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(4)));
        MetricResult m20 = new FlowSignals(empty, Boards.CALENDAR, SprintHealthSettings.defaults()).boomerangs();
        assertThat(m20.value()).isNull();
        assertThat(m20.notes()).contains("no-scope");
    }

    @Test
    void allReturnsTheThreeSignals() {
        assertThat(signals.all()).extracting(MetricResult::id).containsExactly("M18", "M19", "M20");
    }
}
