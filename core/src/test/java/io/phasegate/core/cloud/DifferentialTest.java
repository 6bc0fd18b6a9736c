package io.phasegate.core.cloud;

import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.testing.EnglishTexts;
import io.phasegate.core.testing.IssueSnapshots;
import io.phasegate.core.testing.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Feeds the same issue to the engine and to the compiled expression (evaluated by the Node harness
 * in cloud/test) and requires the same verdict and the same English text: {@code true} when the
 * engine passes, otherwise the engine's messages one per line.
 */
class DifferentialTest {
    static final FieldRef POINTS = FieldRef.of("customfield_10016");
    static final FieldRef CRITERIA = FieldRef.of("customfield_10100");
    static final FieldRef TEST_CASES = FieldRef.of("customfield_10200");
    static final FieldRef DESIGN = FieldRef.of("customfield_10300");
    static final List<FieldRef> FIELDS = List.of(POINTS, CRITERIA, TEST_CASES, DESIGN);

    /** The shorter Cloud text of each engine text the compiler may shorten. */
    static final Map<MessageKey, MessageKey> CLOUD_TEXTS =
            Map.of(MessageKey.AC_FIELD_PLACEHOLDER, MessageKey.CLOUD_AC_FIELD_PLACEHOLDER);

    private final JiraExpressionCompiler compiler = JiraExpressionCompiler.withDefaults();

    @Test
    void documentedExampleGateAgreesOnHandWrittenIssues() {
        PhaseGate gate = gate(
                """
                {'gate': 'ready-for-sprint', 'rules': [
                  {'rule': 'story-points', 'field': 'customfield_10016', 'policy': 'issue'},
                  {'rule': 'acceptance-criteria', 'field': 'customfield_10100', 'minItems': 2},
                  {'rule': 'test-coverage', 'linkTypes': ['is tested by'], 'testIssueTypes': ['Test'],
                   'ignoreStatuses': ['Obsolete'], 'field': 'customfield_10200', 'min': 1},
                  {'rule': 'field-present', 'field': 'customfield_10300', 'label': 'Architectural design'},
                  {'rule': 'linked-issue', 'linkTypes': ['relates to'], 'issueTypes': ['RFC'], 'min': 1},
                  {'rule': 'subtasks-present', 'min': 1, 'ignoreStatuses': ["Won't do"]}]}
                """);
        IssueSnapshot ready = known(anIssue("PG-1"))
                .with(POINTS, 3)
                .with(CRITERIA, "Users can log in\nAdmins see the report")
                .with(DESIGN, "https://wiki/design")
                .testedBy(linkedIssue("PG-7", "Test", "Open"))
                .link("Relates", "relates to", Direction.OUTWARD, linkedIssue("PG-8", "RFC", "Done"))
                .subtasks(aSubtask("PG-2"))
                .build();
        IssueSnapshot blocked = known(anIssue("PG-1"))
                .with(POINTS, 0)
                .with(CRITERIA, "TBD\nN/A")
                .testedBy(linkedIssue("PG-7", "Test", "Obsolete"))
                .subtasks(aSubtask("PG-2").status("Won't do"))
                .build();
        assertAlike(List.of(gate, gate), List.of(ready, blocked));
    }

    @Test
    void subtaskPoliciesAgree() {
        List<PhaseGate> gates = new ArrayList<>();
        List<IssueSnapshot> issues = new ArrayList<>();
        for (String policy : List.of("issue", "every-subtask", "sum-of-subtasks")) {
            PhaseGate gate = gate("{'gate': 'g', 'rules': [{'rule': 'story-points', 'field': 'customfield_10016',"
                    + " 'policy': '" + policy + "', 'forbidParentWhenSubtasksEstimated': true}]}");
            IssueSnapshot issue = known(anIssue("PG-1"))
                    .with(POINTS, 5)
                    .subtasks(
                            known(aSubtask("PG-2")).with(POINTS, 0.5),
                            known(aSubtask("PG-3")).with(POINTS, FieldValue.plain("lots")),
                            known(aSubtask("PG-4")),
                            known(aSubtask("PG-5")).with(POINTS, -1))
                    .build();
            gates.add(gate);
            issues.add(issue);
        }
        assertAlike(gates, issues);
    }

    @Test
    void generatedGatesAndIssuesAgree() {
        Random random = new Random(20240611L);
        List<PhaseGate> gates = new ArrayList<>();
        List<IssueSnapshot> issues = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            gates.add(gate(Generated.gate(random)));
            issues.add(Generated.issue(random));
        }
        assertAlike(gates, issues);
    }

    @Test
    void placeholdersAreListedAsTheEngineListsThemWhereTheLimitsAllow() {
        PhaseGate gate = gate("{'gate': 'g', 'rules': [{'rule': 'acceptance-criteria', 'field': 'customfield_10100',"
                + " 'minItems': 2}]}");
        List<IssueSnapshot> issues = List.of(
                known(anIssue("PG-1")).with(CRITERIA, "TBD\nN/A\nTBD").build(),
                known(anIssue("PG-1"))
                        .with(CRITERIA, FieldValue.items(List.of("xxx", "Lorem ipsum")))
                        .build(),
                known(anIssue("PG-1")).with(CRITERIA, "Users can log in\nTBD").build());
        JiraExpressionCompiler roomy =
                new JiraExpressionCompiler(MessagePatterns.english(), new ExpressionLimits(5000, 500, 10));
        assertThat(briefTexts(roomy.compile(gate))).isEmpty();
        assertAlike(roomy, List.of(gate, gate, gate), issues);
    }

    static IssueSnapshots known(IssueSnapshots issue) {
        FIELDS.forEach(issue::withoutValue);
        return issue;
    }

    static PhaseGate gate(String json) {
        return new GateConfigParser().parse(Json.parse(json));
    }

    /**
     * Evaluates every validator the gate compiles to under Jira's documented limits (what is
     * deployed) and the whole gate as one expression: both must give the engine's verdict and text.
     * Several validators together pass when all return true; otherwise their messages, in rule
     * order, one per line.
     */
    private void assertAlike(List<PhaseGate> gates, List<IssueSnapshot> issues) {
        assertAlike(compiler, gates, issues);
    }

    private static void assertAlike(
            JiraExpressionCompiler compiler, List<PhaseGate> gates, List<IssueSnapshot> issues) {
        List<String> expressions = new ArrayList<>();
        List<Map<String, Object>> contexts = new ArrayList<>();
        List<List<Integer>> validatorCases = new ArrayList<>();
        List<Integer> wholeCases = new ArrayList<>();
        List<Set<String>> briefTexts = new ArrayList<>();
        for (int i = 0; i < gates.size(); i++) {
            CompiledGate compiled = compiler.compile(gates.get(i));
            briefTexts.add(briefTexts(compiled));
            Map<String, Object> context = JiraContext.of(issues.get(i));
            List<Integer> cases = new ArrayList<>();
            for (CompiledValidator validator : compiled.validators()) {
                cases.add(expressions.size());
                expressions.add(validator.expression());
                contexts.add(context);
            }
            validatorCases.add(cases);
            wholeCases.add(expressions.size());
            expressions.add(compiled.expression());
            contexts.add(context);
        }
        List<NodeEvaluator.Result> results = NodeEvaluator.evaluate(expressions, contexts);
        for (int i = 0; i < gates.size(); i++) {
            Object expected = expected(gates.get(i).evaluate(issues.get(i)), briefTexts.get(i));
            String what = "gate " + gates.get(i) + "\non " + issues.get(i);
            NodeEvaluator.Result whole = results.get(wholeCases.get(i));
            assertThat(whole.error())
                    .as(what + "\nexpression " + expressions.get(wholeCases.get(i)))
                    .isNull();
            assertThat(whole.value()).as(what).isEqualTo(expected);
            List<String> messages = new ArrayList<>();
            for (int c : validatorCases.get(i)) {
                NodeEvaluator.Result result = results.get(c);
                assertThat(result.error())
                        .as(what + "\nvalidator " + expressions.get(c))
                        .isNull();
                if (!result.passed()) {
                    messages.add((String) result.value());
                }
            }
            assertThat(messages.isEmpty() ? Boolean.TRUE : String.join("\n", messages))
                    .as(what)
                    .isEqualTo(expected);
        }
    }

    /**
     * The engine's verdict as the expression must give it: {@code true}, or the messages one per
     * line, where a message the compiler reported as shortened ({@code brief}, the keys of the
     * engine's texts) reads as its Cloud text, with the same arguments.
     */
    static Object expected(GateVerdict verdict, Set<String> brief) {
        if (verdict.passed()) {
            return Boolean.TRUE;
        }
        return Stream.concat(
                        verdict.violations().stream().map(v -> shown(v.message(), brief)),
                        verdict.misconfigurations().stream().map(m -> EnglishTexts.render(m.message())))
                .collect(Collectors.joining("\n"));
    }

    private static String shown(Message message, Set<String> brief) {
        if (!brief.contains(message.key().key())) {
            return EnglishTexts.render(message);
        }
        MessageKey cloud = CLOUD_TEXTS.get(message.key());
        return EnglishTexts.render(Message.of(cloud, message.args().toArray()));
    }

    /** The engine's texts the compiler says it shortened for this gate. */
    static Set<String> briefTexts(CompiledGate compiled) {
        return compiled.problems().stream()
                .filter(p -> p.message().key() == MessageKey.CLOUD_BRIEF_MESSAGE)
                .map(p -> (String) p.message().args().get(1))
                .collect(Collectors.toSet());
    }
}
