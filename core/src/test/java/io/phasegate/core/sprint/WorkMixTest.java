package io.phasegate.core.sprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkMixTest {
    private final WorkMix mix = new WorkMix(FlowSprint.ledger(FlowSprint.withBugAndSpike()), FlowSettings.defaults());

    @Test
    void m27PutsEveryScopeIssueInExactlyOneCategoryWithAnUncategorizedBucket() {
        MetricResult m27 = mix.categories();

        assertThat(m27.value()).isEqualByComparingTo("0.1667");
        assertThat(m27.issues()).containsExactly(IssueKey.of("FL-7"));
        assertThat(m27.notes())
                .containsSubsequence(
                        "category:Bug:1",
                        "category:Tech debt:0",
                        "category:Compliance:0",
                        "category:New initiative:4",
                        "category:Uncategorized:1");
    }

    @Test
    void m28ComparesThePlannedWithTheDeliveredMixInPoints() {
        MetricResult m28 = mix.mix();

        // planned: New initiative 18/19, Uncategorized 1/19; delivered: New initiative 10/12, Bug 2/12
        assertThat(m28.notes())
                .contains(
                        "measure:completed-points",
                        "planned:New initiative:0.9474",
                        "planned:Uncategorized:0.0526",
                        "delivered:Bug:0.1667",
                        "delivered:New initiative:0.8333");
        assertThat(m28.value()).isEqualByComparingTo("0.1667");
        assertThat(m28.issues()).extracting(IssueKey::value).containsExactly("FL-1", "FL-2", "FL-3", "FL-6");
    }

    @Test
    void m28FallsBackToCountsWhenNothingIsEstimatedAndSaysSo() {
        SprintLedger ledger = FlowSprint.ledger(List.of(IssueHistoryBuilder.story("FL-1")
                .inSprint(20)
                .on(TestTime.day(3))
                .done()
                .build()));

        MetricResult m28 = new WorkMix(ledger, FlowSettings.defaults()).mix();

        assertThat(m28.value()).isEqualByComparingTo("0");
        assertThat(m28.notes()).contains("measure:completed-issues", "counts-fallback");
    }

    @Test
    void m28IsUndefinedWithoutDelivery() {
        SprintLedger ledger = FlowSprint.ledger(List.of(
                IssueHistoryBuilder.story("FL-1").estimate(3).inSprint(20).build()));

        MetricResult m28 = new WorkMix(ledger, FlowSettings.defaults()).mix();

        assertThat(m28.defined()).isFalse();
        assertThat(m28.notes()).contains("no-delivery");
    }
}
