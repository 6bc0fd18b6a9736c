package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SprintHealthTest {
    @Test
    void evaluatesEveryImplementedMetricInDocumentOrder() {
        SprintHealthReport report = TwoWeekSprint.health().evaluate(TwoWeekSprint.SPRINT_10);
        assertThat(report.metrics())
                .extracting(MetricResult::id)
                .containsExactly(
                        "M1", "M2", "M3", "M4", "M5", "M6", "M6b", "M6c", "M7", "M8", "M8b", "M9", "M9b", "M9c", "M10",
                        "M11", "M12", "M13", "M13b", "M15", "M16", "M17", "M17b", "M18", "M19", "M20", "M22", "M24",
                        "M24b", "M25", "M26", "M26b", "M27", "M28", "M29");
        assertThat(report.ledger().sprint()).isEqualTo(TwoWeekSprint.SPRINT_10);
        assertThat(report.metric("M14")).isEmpty();
    }

    @Test
    void noMetricIsEverInfiniteOrNaNOnAnEmptySprint() {
        SprintSnapshot active =
                SprintBuilder.sprint(10).started(day(0)).ends(day(11)).build();
        SprintHealth health = new SprintHealth(
                new BoardSprints(List.of(active)),
                List.of(),
                Boards.scrum(),
                Boards.CALENDAR,
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(3)));
        SprintHealthReport report = health.evaluate(active);
        assertThat(report.metric("M6").orElseThrow().defined()).isFalse();
        assertThat(report.metric("M7").orElseThrow().notes()).contains("no-final-scope");
        assertThat(report.metric("M1").orElseThrow().defined()).isTrue();
    }

    @Test
    void staleWorkWithoutAnyStatusChangeCountsFromCreation() {
        SprintSnapshot active =
                SprintBuilder.sprint(10).started(day(0)).ends(day(11)).build();
        IssueHistory untouched = story("PG-1")
                .created(day(-7))
                .status("In Progress")
                .inSprint(10)
                .build();
        SprintLedger ledger = SprintLedger.build(
                active, List.of(untouched), Boards.scrum(), SprintHealthSettings.defaults(), TestTime.clockAt(day(1)));
        MetricResult m19 = new FlowSignals(ledger, Boards.CALENDAR, SprintHealthSettings.defaults()).staleWork();
        assertThat(m19.value()).isEqualByComparingTo("1");
    }
}
