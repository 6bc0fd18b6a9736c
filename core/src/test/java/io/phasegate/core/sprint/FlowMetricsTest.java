package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowMetricsTest {
    private final FlowMetrics flow = FlowSprint.flow(FlowSettings.defaults());

    @Test
    void m22ReportsTheMedianInProgressTimeWithP85P95AndNamesTheVariant() {
        MetricResult m22 = flow.cycleTime();

        assertThat(m22.value()).isEqualByComparingTo("2");
        assertThat(m22.unit()).isEqualTo("working-days");
        assertThat(m22.issues()).extracting(IssueKey::value).containsExactly("FL-1", "FL-2", "FL-5");
        assertThat(m22.notes())
                .contains(
                        "variant:in-progress-time",
                        "aggregate:p50",
                        "p85:3",
                        "p95:3",
                        "count:3",
                        "never-in-progress:1",
                        "in-flight-excluded:1",
                        "cycle-time:FL-2:3");
    }

    @Test
    void m22LastEntryVariantRestartsTheClockAfterAPause() {
        MetricResult m22 = FlowSprint.flow(FlowSettings.defaults().withCycleTime(CycleTimeVariant.LAST_ENTRY_TIME))
                .cycleTime();

        assertThat(m22.notes()).contains("variant:last-entry-time", "cycle-time:FL-2:2", "p85:2");
    }

    @Test
    void m24FindsTheStatusWithTheLargestShareOfInFlightTime() {
        MetricResult m24 = flow.all().get(1);

        assertThat(m24.id()).isEqualTo("M24");
        assertThat(m24.value()).isEqualByComparingTo("0.5556");
        assertThat(m24.notes())
                .contains(
                        "bottleneck:In Progress",
                        "bottleneck-column:In Progress",
                        "total:To Do:3",
                        "total:In Review:1",
                        "median:In Progress:2",
                        "share:To Do:0.3333");
    }

    @Test
    void m24bCountsPausesInTheFirstColumnAsWaiting() {
        MetricResult m24b = flow.all().get(2);

        assertThat(m24b.id()).isEqualTo("M24b");
        assertThat(m24b.value()).isEqualByComparingTo("0.6667");
        assertThat(m24b.notes()).containsExactly("active:6", "wait:3");
    }

    @Test
    void m25CountsDeliveredIssuesAndNotesFinishedSubtasksSeparately() {
        MetricResult m25 = flow.throughput();

        assertThat(m25.value()).isEqualByComparingTo("3");
        assertThat(m25.issues()).extracting(IssueKey::value).containsExactly("FL-1", "FL-2", "FL-3");
        assertThat(m25.notes()).contains("points:10", "subtasks-done:1", "period:sprint");
    }

    @Test
    void m26CountsWorkInProgressWithAPerPersonHistogramButNoNames() {
        MetricResult m26 = flow.wip();

        assertThat(m26.value()).isEqualByComparingTo("1");
        assertThat(m26.issues()).containsExactly(IssueKey.of("FL-4"));
        assertThat(m26.notes()).containsExactly("unassigned:0", "subtasks:0", "people-with-wip:1:1");
        assertThat(String.join(" ", m26.notes())).doesNotContain("ana");
    }

    @Test
    void m26bFlagsInFlightWorkOlderThanTheP85CycleTime() {
        MetricResult m26b = flow.ageing();

        assertThat(m26b.value()).isEqualByComparingTo("1");
        assertThat(m26b.issues()).containsExactly(IssueKey.of("FL-4"));
        assertThat(m26b.notes()).contains("reference-p85:3", "reference-size:3", "age:FL-4:7.041667");
    }

    @Test
    void m26bIsUndefinedWithoutAnyCompletedReference() {
        SprintLedger ledger = FlowSprint.ledger(List.of(
                story("FL-9").inSprint(20).on(day(1)).status("In Progress").build()));
        MetricResult m26b = new FlowMetrics(ledger, Boards.CALENDAR, FlowSettings.defaults(), List.of()).ageing();

        assertThat(m26b.defined()).isFalse();
        assertThat(m26b.notes()).contains("no-reference");
    }

    @Test
    void m26bUsesEarlierSprintsAsReference() {
        SprintLedger ledger = FlowSprint.ledger(List.of(
                story("FL-9").inSprint(20).on(day(1)).status("In Progress").build()));
        List<IssueFlow> earlier = FlowSprint.flow(FlowSettings.defaults()).completed();

        MetricResult m26b = new FlowMetrics(ledger, Boards.CALENDAR, FlowSettings.defaults(), earlier).ageing();

        assertThat(m26b.value()).isEqualByComparingTo("1");
        assertThat(m26b.issues()).containsExactly(IssueKey.of("FL-9"));
    }

    @Test
    void flowMetricsOfAnEmptySprintAreUndefinedNotZero() {
        FlowMetrics empty =
                new FlowMetrics(FlowSprint.ledger(List.of()), Boards.CALENDAR, FlowSettings.defaults(), List.of());

        assertThat(empty.cycleTime().defined()).isFalse();
        assertThat(empty.all().get(1).defined()).isFalse();
        assertThat(empty.all().get(2).defined()).isFalse();
        assertThat(empty.throughput().value()).isEqualByComparingTo("0");
    }
}
