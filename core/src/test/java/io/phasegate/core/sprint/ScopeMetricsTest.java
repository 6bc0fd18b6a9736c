package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand in {@link TwoWeekSprint}'s table. */
class ScopeMetricsTest {
    private final ScopeMetrics metrics = new ScopeMetrics(TwoWeekSprint.ledger(), Boards.CALENDAR);

    @Test
    void m1CommitmentIsTheOpenEstimatedWorkAtT0() {
        MetricResult m1 = metrics.committed();
        assertThat(m1.id()).isEqualTo("M1");
        assertThat(m1.value()).isEqualByComparingTo("18"); // 5 + 3 + 8 + 0 + 2
        assertThat(m1.unit()).isEqualTo("points");
        assertThat(m1.issues()).extracting(IssueKey::value).containsExactly("PG-1", "PG-2", "PG-3", "PG-8", "PG-9");
        assertThat(m1.notes())
                .containsExactly("count:5", "unestimated:1", "completed-outside:1", "subtasks-excluded:1");
    }

    @Test
    void m2AddedWorkIsCountedAtItsFirstAdd() {
        MetricResult m2 = metrics.added();
        assertThat(m2.value()).isEqualByComparingTo("5"); // PG-4 2 + PG-5 3
        assertThat(m2.notes()).containsExactly("count:2");
    }

    @Test
    void m3RemovedWorkIsCountedAtItsLastRemoval() {
        MetricResult m3 = metrics.removed();
        assertThat(m3.value()).isEqualByComparingTo("9"); // PG-3 8 + PG-5 re-estimated to 1
        assertThat(m3.issues()).extracting(IssueKey::value).containsExactly("PG-3", "PG-5");
    }

    @Test
    void m4EstimateChangeReportsBothDirections() {
        MetricResult m4 = metrics.estimateChange();
        assertThat(m4.value()).isEqualByComparingTo("0"); // PG-2 +2, PG-5 −2
        assertThat(m4.notes()).containsExactly("increase:2", "decrease:-2");
        assertThat(m4.issues()).extracting(IssueKey::value).containsExactly("PG-2", "PG-5");
    }

    @Test
    void m5FinalScopeIsWhatIsLeftAtTheClose() {
        MetricResult m5 = metrics.finalScope();
        assertThat(m5.value()).isEqualByComparingTo("14"); // 5 + 5 + 2 + 0 + 2
        assertThat(m5.notes()).containsExactly("count:5", "closed-not-delivered:1");
    }

    @Test
    void m6NetGrossAndCreepAreRatiosOfTheCommitment() {
        assertThat(metrics.scopeChangeNet().value()).isEqualByComparingTo("-0.2222"); // (14 − 18) / 18
        // (added 2 + 3) + (removed 8 + 1) + (|+2| + |−2|) = 18, over 18
        assertThat(metrics.scopeChurnGross().value()).isEqualByComparingTo("1");
        assertThat(metrics.scopeCreep().value()).isEqualByComparingTo("0.2778"); // 5 / 18
        assertThat(metrics.scopeCreep().notes()).isEmpty();
    }

    @Test
    void m7UnplannedWorkIsAddedOrInterruptWorkInTheFinalScope() {
        MetricResult m7 = metrics.unplannedRatio();
        assertThat(m7.value()).isEqualByComparingTo("0.1429"); // PG-4 (added Bug) 2 / 14
        assertThat(m7.notes()).containsExactly("count:1/5");
    }

    @Test
    void interruptLabelsMakeCommittedWorkUnplanned() {
        var issues = java.util.List.of(
                IssueHistoryBuilder.story("PG-1")
                        .estimate(3)
                        .inSprint(10)
                        .labels("hotfix")
                        .build(),
                IssueHistoryBuilder.story("PG-2").estimate(1).inSprint(10).build());
        SprintLedger ledger = SprintLedger.build(
                TwoWeekSprint.SPRINT_10,
                issues,
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(30)));
        assertThat(new ScopeMetrics(ledger, Boards.CALENDAR).unplannedRatio().value())
                .isEqualByComparingTo("0.75");
    }

    @Test
    void allReturnsNineResultsInOrder() {
        assertThat(metrics.all())
                .extracting(MetricResult::id)
                .containsExactly("M1", "M2", "M3", "M4", "M5", "M6", "M6b", "M6c", "M7");
    }
}
