package io.phasegate.core.app;

import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.coverage.EligibleSet;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.sprint.MetricResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasureReadinessTest {
    static final FieldRef POINTS = FieldRef.of("customfield_10016");
    static final String CRITERIA = "h3. Acceptance Criteria\n* refunds are booked\n* the customer is told";

    final PhaseGate gate = ReadinessGates.standard(POINTS);

    @Test
    void theStandardGateAsksForPointsCriteriaAndTestsAndLetsMisconfigurationsPass() {
        assertThat(gate.name()).isEqualTo("ready-for-sprint");
        assertThat(gate.onMisconfiguration()).isEqualTo(MisconfigurationPolicy.ALLOW);
        assertThat(gate.rules())
                .extracting(rule -> rule.id())
                .containsExactly(RuleId.STORY_POINTS, RuleId.ACCEPTANCE_CRITERIA, RuleId.TEST_COVERAGE);
    }

    @Test
    void measuresEachRuleAndListsOffendersWithWhatTheyLack() {
        IssueSnapshot ready = anIssue("PG-1")
                .with(POINTS, 5)
                .with(IssueSnapshot.DESCRIPTION, FieldValue.wiki(CRITERIA))
                .testedBy(linkedIssue("PG-90", "Test", "Passed"))
                .build();
        IssueSnapshot unestimated = anIssue("PG-2")
                .with(IssueSnapshot.DESCRIPTION, FieldValue.wiki(CRITERIA))
                .withoutValue(POINTS)
                .testedBy(linkedIssue("PG-91", "Test", "Passed"))
                .build();
        IssueSnapshot bare = anIssue("PG-3")
                .with(POINTS, 3)
                .status("Done", StatusCategory.DONE)
                .build();
        IssueSnapshot subtask = aSubtask("PG-4").build();

        ReadinessView view = new MeasureReadiness(gate, EligibleSet.allStandardTypes())
                .measure(
                        List.of(ready, unestimated, bare, subtask),
                        Map.of(ready.key(), BigDecimal.valueOf(5), bare.key(), BigDecimal.valueOf(3)));

        assertThat(view.issueCount()).isEqualTo(4);
        assertThat(view.metrics()).extracting(MetricResult::id).containsExactly("M35", "M36", "M37", "M39", "M41");
        assertThat(value(view, "M35")).isEqualByComparingTo("0.6667");
        assertThat(value(view, "M36")).isEqualByComparingTo("0.6667");
        assertThat(value(view, "M37")).isEqualByComparingTo("0.6667");
        assertThat(value(view, "M39")).isEqualByComparingTo("0.3333");
        assertThat(value(view, "M41")).isEqualByComparingTo("0");
        assertThat(view.metrics())
                .allSatisfy(metric -> assertThat(metric.notes()).contains("as-of:now"));
        assertThat(view.offenders())
                .extracting(offender -> offender.key().value())
                .containsExactly("PG-2", "PG-3");
        assertThat(view.offenders().get(1).missing())
                .extracting(Violation::rule)
                .containsExactly(RuleId.ACCEPTANCE_CRITERIA, RuleId.TEST_COVERAGE);
        assertThat(view.offenders().get(0).missing())
                .extracting(Violation::rule)
                .containsExactly(RuleId.STORY_POINTS);
        assertThat(view.metrics().get(0).issues()).containsExactly(IssueKey.of("PG-2"));
    }

    @Test
    void metricsOfRulesTheGateLacksAreUndefined() {
        PhaseGate pointsOnly = new GateConfigParser()
                .parse(Map.of(
                        "gate", "estimated", "rules", List.of(Map.of("rule", "story-points", "field", POINTS.id()))));

        ReadinessView view = new MeasureReadiness(pointsOnly, EligibleSet.allStandardTypes())
                .measure(List.of(anIssue("PG-1").with(POINTS, 2).build()), Map.of());

        assertThat(value(view, "M35")).isEqualByComparingTo("1");
        MetricResult m36 = view.metrics().get(1);
        assertThat(m36.value()).isNull();
        assertThat(m36.notes()).containsExactly("no-rule");
        assertThat(view.offenders()).isEmpty();
    }

    private static BigDecimal value(ReadinessView view, String id) {
        return view.metrics().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
