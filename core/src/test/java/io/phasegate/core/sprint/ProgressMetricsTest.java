package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressMetricsTest {
    private final ProgressMetrics metrics =
            new ProgressMetrics(InFlightSprint.ledger(), Boards.CALENDAR, SprintHealthSettings.defaults());

    @Test
    void m15TimeElapsedCountsWorkingDaysOnly() {
        MetricResult m15 = metrics.timeElapsed();
        assertThat(m15.value()).isEqualByComparingTo("0.4444"); // 4 of 9 working days
        assertThat(m15.notes()).containsExactly("working-days-elapsed:4", "working-days-planned:9");
    }

    @Test
    void m16WorkCompleteIsDonePointsOverScopePoints() {
        assertThat(metrics.workComplete().value()).isEqualByComparingTo("0.5"); // 5 of 10
    }

    @Test
    void m17PaceGapIsWorkMinusTime() {
        assertThat(metrics.paceGap().value()).isEqualByComparingTo("0.0556");
    }

    @Test
    void m17bProjectsTheCurrentRateToTheEndWithAPessimisticCase() {
        MetricResult m17b = metrics.projectedCompletion();
        // rate 5 / 4 days = 1.25; 5 working days left → 5 + 6.25; pessimistic 5 + 0.875 × 5
        assertThat(m17b.value()).isEqualByComparingTo("11.25");
        assertThat(m17b.notes()).containsExactly("pessimistic:9.375");
    }

    @Test
    void m16FallsBackToCountsWhenTooFewIssuesAreEstimated() {
        SprintLedger ledger = SprintLedger.build(
                InFlightSprint.SPRINT,
                List.of(
                        story("PG-1").estimate(5).inSprint(10).on(day(2)).done().build(),
                        story("PG-2").inSprint(10).build(),
                        story("PG-3").inSprint(10).build()),
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(4)));
        MetricResult m16 = new ProgressMetrics(ledger, Boards.CALENDAR, SprintHealthSettings.defaults()).workComplete();
        assertThat(m16.value()).isEqualByComparingTo("0.3333");
        assertThat(m16.notes()).containsExactly("counts-fallback");
    }

    @Test
    void atTheStartNothingIsDefinedButTimeElapsed() {
        SprintLedger start = SprintLedger.build(
                InFlightSprint.SPRINT,
                List.of(),
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(0)));
        ProgressMetrics atStart = new ProgressMetrics(start, Boards.CALENDAR, SprintHealthSettings.defaults());
        assertThat(atStart.timeElapsed().value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(atStart.workComplete().notes()).contains("no-final-scope");
        assertThat(atStart.paceGap().notes()).containsExactly("undefined-input");
        assertThat(atStart.projectedCompletion().notes()).containsExactly("not-started");
    }

    @Test
    void aSprintWithoutWorkingDaysHasNoTimeElapsed() {
        SprintSnapshot weekend =
                SprintBuilder.sprint(10).started(day(5)).ends(day(6)).build();
        SprintLedger ledger = SprintLedger.build(
                weekend, List.of(), Boards.scrum(), SprintHealthSettings.defaults(), TestTime.clockAt(day(6)));
        MetricResult m15 = new ProgressMetrics(ledger, Boards.CALENDAR, SprintHealthSettings.defaults()).timeElapsed();
        assertThat(m15.value()).isNull();
        assertThat(m15.notes()).contains("no-working-days");
    }

    @Test
    void m15OfAClosedSprintUsesTheCompleteDate() {
        ProgressMetrics closed =
                new ProgressMetrics(TwoWeekSprint.ledger(), Boards.CALENDAR, SprintHealthSettings.defaults());
        assertThat(closed.timeElapsed().value()).isEqualByComparingTo("1.0046"); // 9.041667 / 9
        assertThat(Duration.between(day(0), day(11, 10))).isEqualTo(Duration.ofHours(11 * 24 + 1));
    }
}
