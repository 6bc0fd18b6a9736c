package io.phasegate.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.gate.config.GateConfigWriter;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.MessageKey;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/**
 * Checks that {@link GateEvaluationBenchmark} measures what it claims, so it cannot silently time a
 * trivial case. No timing is asserted here.
 */
class GateBenchmarkFixtureTest {

    private final GateEvaluationBenchmark benchmark = new GateEvaluationBenchmark();

    GateBenchmarkFixtureTest() {
        benchmark.setUp();
    }

    @Test
    void gateHasSixRulesFromSixFamilies() {
        PhaseGate gate = GateBenchmarkFixture.gate();

        assertThat(gate.rules()).hasSize(6);
        assertThat(gate.rules())
                .map(GateRule::id)
                .containsOnly(
                        RuleId.STORY_POINTS,
                        RuleId.ACCEPTANCE_CRITERIA,
                        RuleId.TEST_COVERAGE,
                        RuleId.FIELD_PRESENT,
                        RuleId.LINKED_ISSUE,
                        RuleId.SUBTASKS_PRESENT);
    }

    @Test
    void bothIssuesHaveFiftySubtasksAndTwoHundredLinksOfManyKinds() {
        for (IssueSnapshot issue :
                new IssueSnapshot[] {GateBenchmarkFixture.blockingIssue(), GateBenchmarkFixture.passingIssue()}) {
            assertThat(issue.subtasks()).hasSize(50);
            assertThat(issue.links()).hasSize(200);
            assertThat(issue.links().stream().map(link -> link.other().key()).distinct())
                    .hasSize(200);
            assertThat(issue.links().stream().map(IssueLinkSnapshot::typeName).collect(Collectors.toSet()))
                    .hasSizeGreaterThanOrEqualTo(5);
            assertThat(issue.links().stream()
                            .map(link -> link.other().issueType())
                            .collect(Collectors.toSet()))
                    .hasSizeGreaterThanOrEqualTo(5);
            assertThat(issue.links().stream().map(link -> link.other().status()).collect(Collectors.toSet()))
                    .hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void blockingIssueIsBlockedWithViolationsFromSeveralRules() {
        GateVerdict verdict = benchmark.evaluateBlockingIssue();

        assertThat(verdict.blocked()).isTrue();
        assertThat(verdict.misconfigurations()).isEmpty();
        assertThat(verdict.violations())
                .map(Violation::rule)
                .containsExactly(
                        RuleId.STORY_POINTS,
                        RuleId.STORY_POINTS,
                        RuleId.STORY_POINTS,
                        RuleId.STORY_POINTS,
                        RuleId.ACCEPTANCE_CRITERIA,
                        RuleId.TEST_COVERAGE);
        assertThat(verdict.violations())
                .map(violation -> violation.message().key())
                .containsExactly(
                        MessageKey.STORY_POINTS_SUBTASKS_MISSING,
                        MessageKey.STORY_POINTS_SUBTASKS_NOT_POSITIVE,
                        MessageKey.STORY_POINTS_SUBTASKS_NOT_A_NUMBER,
                        MessageKey.STORY_POINTS_DOUBLE_COUNTED,
                        MessageKey.AC_NOT_GIVEN_WHEN_THEN,
                        MessageKey.TEST_COVERAGE_TOO_FEW);
        // 6 of 50 sub-tasks without points; 2 of 3 tests found, 30 obsolete ones listed as not counted
        assertThat(verdict.violations().get(0).message().args()).startsWith(6, 50);
        assertThat(verdict.violations().get(5).message().args())
                .startsWith(2, 3)
                .contains(30);
    }

    @Test
    void passingIssuePassesEveryRule() {
        GateVerdict verdict = benchmark.evaluatePassingIssue();

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.misconfigurations()).isEmpty();
        assertThat(verdict.passed()).isTrue();
    }

    @Test
    void breakdownNamesEveryRuleOfTheGate() throws NoSuchFieldException {
        assertThat(RuleBreakdownBenchmark.RULE_NAMES)
                .doesNotHaveDuplicates()
                .hasSameSizeAs(GateBenchmarkFixture.rules());
        assertThat(RuleBreakdownBenchmark.class
                        .getField("rule")
                        .getAnnotation(Param.class)
                        .value())
                .containsExactlyElementsOf(RuleBreakdownBenchmark.RULE_NAMES);
    }

    @Test
    void parsedConfigurationIsTheBenchmarkedGate() {
        PhaseGate parsed = benchmark.parseGateConfig();

        assertThat(parsed.rules()).hasSize(6);
        assertThat(new GateConfigWriter().toTree(parsed)).isEqualTo(GateBenchmarkFixture.configTree());
    }
}
