package io.phasegate.core.cloud;

import static io.phasegate.core.cloud.DifferentialTest.gate;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The set-up gates of the delivery process (docs/gates.md) under Jira's documented limits: what
 * fits and how it is split, measured on the compiled expressions. Sizes are in docs/cloud.md.
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
    void readyForSprintGateFitsAsValidatorsThatEachStayWithinTheLimits() {
        CompiledGate compiled = compiler.compile(gate(READY_FOR_SPRINT));

        assertThat(compiled.size().leaves()).isGreaterThan(ExpressionLimits.DOCUMENTED.maxLeaves());
        assertThat(compiled.validators()).allSatisfy(RealisticGatesTest::withinDocumentedLimits);
        // Story points (with the acceptance criteria's "not text" check), the criteria's other checks
        // in three validators, test coverage, the architectural design.
        assertThat(compiled.validators())
                .extracting(CompiledValidator::rules)
                .containsExactly(List.of(0, 1), List.of(1), List.of(1), List.of(1), List.of(2), List.of(3));
        assertThat(compiled.problems()).noneMatch(p -> p.severity().blocksDeployment());
        assertThat(compiled.deployable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void eachReadyForSprintRuleFitsOnItsOwn(int rule) {
        PhaseGate whole = gate(READY_FOR_SPRINT);
        PhaseGate alone = new PhaseGate(whole.name(), List.of(whole.rules().get(rule)), whole.onMisconfiguration());

        CompiledGate compiled = compiler.compile(alone);

        assertThat(compiled.validators()).allSatisfy(RealisticGatesTest::withinDocumentedLimits);
        assertThat(compiled.deployable()).isTrue();
    }

    @Test
    void placeholderMessageListsThePlaceholdersOnlyWhereThatFits() {
        PhaseGate criteria = gate("{'gate': 'g', 'rules': [{'rule': 'acceptance-criteria', 'field':"
                + " 'customfield_10100', 'minItems': 2}]}");
        AcceptanceCriteriaRule rule = (AcceptanceCriteriaRule) criteria.rules().get(0);
        ExpressionPart placeholders = new IssueExpression(MessagePatterns.english(), 0)
                .criteriaField(rule, "customfield_10100", MisconfigurationPolicy.BLOCK)
                .get(2);

        // With the list of placeholders the check alone is over the documented limits ...
        String detailed = ExpressionPart.validator(List.of(placeholders));
        assertThat(ExpressionText.leaves(detailed)).isGreaterThan(ExpressionLimits.DOCUMENTED.maxLeaves());
        assertThat(detailed.length()).isGreaterThan(ExpressionLimits.DOCUMENTED.maxCharacters());
        // ... so under them the shorter Cloud text is compiled and reported; where a site allows more,
        // the engine's text.
        assertThat(compiler.compile(criteria).problems())
                .extracting(p -> p.message().key())
                .contains(MessageKey.CLOUD_BRIEF_MESSAGE);
        CompiledGate roomy = new JiraExpressionCompiler(MessagePatterns.english(), new ExpressionLimits(5000, 500, 10))
                .compile(criteria);
        assertThat(roomy.problems()).extracting(p -> p.message().key()).doesNotContain(MessageKey.CLOUD_BRIEF_MESSAGE);
        assertThat(roomy.expression()).contains("holds only placeholder text ('");
    }

    private static void withinDocumentedLimits(CompiledValidator validator) {
        ExpressionSize size = validator.size();
        assertThat(size.characters()).isLessThanOrEqualTo(ExpressionLimits.DOCUMENTED.maxCharacters());
        assertThat(size.leaves()).isLessThanOrEqualTo(ExpressionLimits.DOCUMENTED.maxLeaves());
        assertThat(size.expensiveOperations())
                .isLessThanOrEqualTo(ExpressionLimits.DOCUMENTED.maxExpensiveOperations());
    }
}
