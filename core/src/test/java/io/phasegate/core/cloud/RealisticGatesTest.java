package io.phasegate.core.cloud;

import static io.phasegate.core.cloud.DifferentialTest.gate;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.cloud.CompileProblem.Severity;
import io.phasegate.core.gate.PhaseGate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The set-up gates of the delivery process (docs/gates.md) under Jira's documented limits: what
 * fits, how it is split, and what is reported as not fitting. Sizes are in docs/cloud.md.
 */
class RealisticGatesTest {
    static final String RFC_WRITTEN = "{'gate': 'RFC written', 'rules': ["
            + "{'rule': 'field-present', 'field': 'customfield_10400', 'label': 'Problem statement'},"
            + "{'rule': 'field-present', 'field': 'customfield_10401', 'label': 'Hypothesis'},"
            + "{'rule': 'field-present', 'field': 'customfield_10402', 'label': 'KPI goals'}]}";
    static final String READY_FOR_SPRINT = "{'gate': 'Ready for sprint', 'rules': ["
            + "{'rule': 'story-points', 'field': 'customfield_10016'},"
            + "{'rule': 'acceptance-criteria', 'field': 'customfield_10100', 'minItems': 2},"
            + "{'rule': 'test-coverage', 'linkTypes': ['is tested by'], 'testIssueTypes': ['Test'],"
            + " 'field': 'customfield_10200', 'min': 1},"
            + "{'rule': 'field-present', 'field': 'customfield_10300', 'label': 'Architectural design'}]}";

    private final JiraExpressionCompiler compiler = JiraExpressionCompiler.withDefaults();

    @Test
    void rfcGateIsSplitIntoValidatorsThatEachFit() {
        CompiledGate compiled = compiler.compile(gate(RFC_WRITTEN));

        assertThat(compiled.size().leaves()).isGreaterThan(ExpressionLimits.DOCUMENTED.maxLeaves());
        assertThat(compiled.split()).isTrue();
        assertThat(compiled.validators()).allSatisfy(RealisticGatesTest::withinDocumentedLimits);
        assertThat(compiled.validators())
                .flatExtracting(CompiledValidator::rules)
                .containsExactly(0, 1, 2);
        assertThat(compiled.problems()).isEmpty();
        assertThat(compiled.deployable()).isTrue();
    }

    @Test
    void readyForSprintGateReportsEachRuleThatDoesNotFitEvenAlone() {
        PhaseGate gate = gate(READY_FOR_SPRINT);
        CompiledGate compiled = compiler.compile(gate);

        assertThat(compiled.validators())
                .extracting(CompiledValidator::rules)
                .containsExactly(List.of(0), List.of(1), List.of(2), List.of(3));
        withinDocumentedLimits(compiled.validators().get(3));
        // Not solved yet (docs/cloud.md, Limits): these rules exceed 100 syntactic elements alone.
        assertThat(compiled.problems())
                .filteredOn(p -> p.severity() == Severity.OVER_LIMIT)
                .extracting(CompileProblem::path)
                .containsOnly("$.rules[0]", "$.rules[1]", "$.rules[2]");
        assertThat(compiled.deployable()).isFalse();
    }

    private static void withinDocumentedLimits(CompiledValidator validator) {
        ExpressionSize size = validator.size();
        assertThat(size.characters()).isLessThanOrEqualTo(ExpressionLimits.DOCUMENTED.maxCharacters());
        assertThat(size.leaves()).isLessThanOrEqualTo(ExpressionLimits.DOCUMENTED.maxLeaves());
        assertThat(size.expensiveOperations())
                .isLessThanOrEqualTo(ExpressionLimits.DOCUMENTED.maxExpensiveOperations());
    }
}
