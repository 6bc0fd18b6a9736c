package io.phasegate.core.cloud;

import static io.phasegate.core.cloud.DifferentialTest.gate;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.cloud.CompileProblem.Severity;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.testing.EnglishTexts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JiraExpressionCompilerTest {
    private static final ExpressionLimits GENEROUS = new ExpressionLimits(1_000_000, 1_000_000, 10);
    private final JiraExpressionCompiler compiler = new JiraExpressionCompiler(MessagePatterns.english(), GENEROUS);

    @Test
    void blanksGoOnlyWhereTheyDoNotJoinWordsOrOperatorsAndNeverFromText() {
        assertThat(ExpressionText.compact("let v0 = typeof x == 'A  b' ? [1, 2] : ! y; v0 ? - 1 : 'c \\' d'"))
                .isEqualTo("let v0=typeof x=='A  b'?[1,2]:!y;v0? -1:'c \\' d'");
    }

    @Test
    void hostileLabelStaysTextInTheMessage() {
        String label = "x' + issue.key + '\\' \n \u2028 end";
        PhaseGate gate = new PhaseGate(
                "g",
                List.of(new FieldPresentRule(FieldRef.of("customfield_1"), Optional.of(label))),
                MisconfigurationPolicy.BLOCK);
        IssueSnapshot issue = DifferentialTest.known(anIssue("PG-1"))
                .withoutValue(FieldRef.of("customfield_1"))
                .build();

        Object value = evaluate(compiler.compile(gate), issue);

        assertThat(value)
                .isEqualTo(label.strip() + " (field customfield_1) is empty. Fill it in before this transition.");
    }

    @Test
    void descriptionSectionAndGivenWhenThenAreReportedAndBlockWithANotice() {
        PhaseGate gate = gate("{'gate': 'g', 'rules': [{'rule': 'acceptance-criteria', 'heading': 'AC'},"
                + " {'rule': 'acceptance-criteria', 'field': 'customfield_10100', 'givenWhenThen': true}]}");

        CompiledGate compiled = compiler.compile(gate);

        assertThat(compiled.problems())
                .extracting(CompileProblem::severity, CompileProblem::path, p -> p.message()
                        .key())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.NOT_EXPRESSIBLE, "$.rules[0]", MessageKey.CLOUD_SECTION_NOT_EXPRESSIBLE),
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.NOT_EXPRESSIBLE,
                                "$.rules[1]",
                                MessageKey.CLOUD_GIVEN_WHEN_THEN_NOT_EXPRESSIBLE));
        assertThat(compiled.deployable()).isFalse();
        assertThat(evaluate(compiled, DifferentialTest.known(anIssue("PG-1")).build()))
                .asString()
                .startsWith("The rule acceptanceCriteria(description[\"AC\"]) cannot be checked on Jira Cloud");
    }

    @Test
    void aFieldWithoutJiraExpressionPropertyIsNotExpressible() {
        PhaseGate gate = gate("{'gate': 'g', 'rules': [{'rule': 'field-present', 'field': 'duedate'}]}");

        CompiledGate compiled = compiler.compile(gate);

        assertThat(compiled.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.NOT_EXPRESSIBLE);
            assertThat(EnglishTexts.render(problem.message())).contains("the field duedate cannot be read");
        });
    }

    @Test
    void aGateOverTheLimitsIsSplitAndARuleTooBigAloneIsReportedAtItsPath() {
        PhaseGate gate = gate("{'gate': 'g', 'onMisconfiguration': 'allow', 'rules': ["
                + "{'rule': 'story-points', 'field': 'customfield_10016', 'policy': 'every-subtask'},"
                + "{'rule': 'field-present', 'field': 'customfield_2'}]}");

        CompiledGate compiled = JiraExpressionCompiler.withDefaults().compile(gate);

        assertThat(compiled.size().expensiveOperations()).isEqualTo(2);
        assertThat(compiled.size().expensiveOperationsPerSubtask()).isEqualTo(1);
        assertThat(compiled.size().characters())
                .isEqualTo(compiled.expression().length())
                .isGreaterThan(1000);
        // The story-points rule is split into its checks (own value, sub-tasks missing, 0 or less, not a
        // number); the first still reads the value of the issue and of every sub-task and is too big.
        assertThat(compiled.validators())
                .extracting(CompiledValidator::rules)
                .containsExactly(List.of(0), List.of(0), List.of(0), List.of(0), List.of(1));
        assertThat(compiled.validators().subList(1, 5))
                .allSatisfy(v -> assertThat(v.size().leaves()).isLessThanOrEqualTo(100));
        assertThat(compiled.problems())
                .filteredOn(p -> p.severity() == Severity.OVER_LIMIT)
                .extracting(CompileProblem::path, p -> p.message().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.rules[0]", MessageKey.CLOUD_TOO_MANY_LEAVES));
        assertThat(compiled.problems().stream()
                        .filter(p -> p.message().key() == MessageKey.CLOUD_PER_SUBTASK_COST)
                        .map(p -> EnglishTexts.render(p.message())))
                .containsExactly("g: reads field customfield_10016 of every sub-task, one expensive operation each;"
                        + " with 1 other expensive operations, issues with more than 9 sub-tasks exceed Jira's limit"
                        + " of 10 and are blocked with Jira's own error.");
        assertThat(compiled.deployable()).isFalse();
    }

    @Test
    void moreCustomFieldsThanOneEvaluationMayLoadAreSplitOverValidators() {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            rules.append(i == 0 ? "" : ",")
                    .append("{'rule': 'field-present', 'field': 'customfield_")
                    .append(i)
                    .append("'}");
        }
        CompiledGate compiled = compiler.compile(gate("{'gate': 'g', 'rules': [" + rules + "]}"));

        assertThat(compiled.problems()).isEmpty();
        assertThat(compiled.deployable()).isTrue();
        assertThat(compiled.validators())
                .extracting(v -> v.size().expensiveOperations())
                .containsExactly(10, 1);
        assertThat(compiled.validators().get(1).rulePaths()).isEqualTo("$.rules[10]");
    }

    @Test
    void aRuleTooBigForAnyValidatorIsOverTheLimitEvenAlone() {
        CompiledGate compiled = new JiraExpressionCompiler(
                        MessagePatterns.english(), new ExpressionLimits(1000, 100, 1))
                .compile(
                        gate(
                                "{'gate': 'g', 'rules': [{'rule': 'test-coverage', 'field': 'customfield_1'},"
                                        + " {'rule': 'story-points', 'field': 'customfield_2', 'forbidParentWhenSubtasksEstimated': true}]}"));

        // test coverage; story points on the issue; story points on the issue and the sub-tasks.
        assertThat(compiled.validators())
                .extracting(CompiledValidator::rules)
                .containsExactly(List.of(0), List.of(1), List.of(1));
        assertThat(compiled.problems())
                .filteredOn(p -> p.message().key() == MessageKey.CLOUD_TOO_MANY_EXPENSIVE)
                .isEmpty();
        assertThat(compiled.deployable()).isFalse();
    }

    @Test
    void criteriaInANumberFieldFollowTheMisconfigurationPolicy() {
        IssueSnapshot issue = DifferentialTest.known(anIssue("PG-1"))
                .with(DifferentialTest.CRITERIA, FieldValue.number(3))
                .build();
        for (String policy : List.of("block", "allow")) {
            PhaseGate gate = gate("{'gate': 'g', 'onMisconfiguration': '" + policy
                    + "', 'rules': [{'rule': 'acceptance-criteria', 'field': 'customfield_10100'}]}");
            CompiledGate compiled = compiler.compile(gate);
            assertThat(compiled.problems())
                    .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.APPROXIMATED));
            assertThat(compiled.deployable()).isTrue();
            assertThat(evaluate(compiled, issue))
                    .isEqualTo(DifferentialTest.expected(gate.evaluate(issue), DifferentialTest.briefTexts(compiled)));
        }
    }

    @Test
    void quotingEscapesEveryCharacterThatCouldEndOrBreakALiteral() {
        assertThat(ExpressionText.quote("a'b\\c\nd\re\tf\u0001g\u2029"))
                .isEqualTo("'a\\'b\\\\c\\nd\\re\\tf\\u0001g\\u2029'");
        assertThat(ExpressionText.quote("\ud800")).isEqualTo("'\\ud800'");
        assertThat(ExpressionText.leaves("issue.key == 'a\\'b' && 1.5 > 0")).isEqualTo(5);
    }

    @Test
    void limitsMustBePositive() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExpressionLimits(0, 1, 1));
    }

    private static Object evaluate(CompiledGate compiled, IssueSnapshot issue) {
        NodeEvaluator.Result result = NodeEvaluator.evaluate(
                        List.of(compiled.expression()), List.of(JiraContext.of(issue)))
                .get(0);
        assertThat(result.error()).isNull();
        return result.value();
    }
}
