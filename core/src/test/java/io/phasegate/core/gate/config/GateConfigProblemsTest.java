package io.phasegate.core.gate.config;

import static io.phasegate.core.message.MessageKey.CONFIG_BAD_FIELD_ID;
import static io.phasegate.core.message.MessageKey.CONFIG_BLANK;
import static io.phasegate.core.message.MessageKey.CONFIG_CONFLICT;
import static io.phasegate.core.message.MessageKey.CONFIG_EXPECTED_BOOLEAN;
import static io.phasegate.core.message.MessageKey.CONFIG_EXPECTED_LIST;
import static io.phasegate.core.message.MessageKey.CONFIG_EXPECTED_OBJECT;
import static io.phasegate.core.message.MessageKey.CONFIG_EXPECTED_STRING;
import static io.phasegate.core.message.MessageKey.CONFIG_EXPECTED_WHOLE_NUMBER;
import static io.phasegate.core.message.MessageKey.CONFIG_MISSING;
import static io.phasegate.core.message.MessageKey.CONFIG_NEEDS_LETTERS;
import static io.phasegate.core.message.MessageKey.CONFIG_NEEDS_ONE_OF;
import static io.phasegate.core.message.MessageKey.CONFIG_NOT_WHOLE_NUMBER;
import static io.phasegate.core.message.MessageKey.CONFIG_NO_RULES;
import static io.phasegate.core.message.MessageKey.CONFIG_TOO_LARGE;
import static io.phasegate.core.message.MessageKey.CONFIG_TOO_SMALL;
import static io.phasegate.core.message.MessageKey.CONFIG_UNKNOWN_KEY;
import static io.phasegate.core.message.MessageKey.CONFIG_UNKNOWN_RULE;
import static io.phasegate.core.message.MessageKey.CONFIG_UNKNOWN_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.testing.EnglishTexts;
import io.phasegate.core.testing.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GateConfigProblemsTest {

    private final GateConfigParser parser = new GateConfigParser();

    static Stream<Arguments> invalidConfigurations() {
        return Stream.of(
                problem("[]", "$", CONFIG_EXPECTED_OBJECT, "array"),
                problem("{'rules': [{'rule': 'subtasks-present'}]}", "$.gate", CONFIG_MISSING),
                problem("{'gate': ' ', 'rules': [{'rule': 'subtasks-present'}]}", "$.gate", CONFIG_BLANK),
                problem(
                        "{'gate': 7, 'rules': [{'rule': 'subtasks-present'}]}",
                        "$.gate",
                        CONFIG_EXPECTED_STRING,
                        "number"),
                problem(
                        gate("{'rule': 'subtasks-present'}").replace("'g'", "'g', 'onMisconfiguration': 'warn'"),
                        "$.onMisconfiguration",
                        CONFIG_UNKNOWN_VALUE,
                        "warn",
                        "block, allow"),
                problem(
                        gate("{'rule': 'subtasks-present'}").replace("'g'", "'g', 'gates': []"),
                        "$.gates",
                        CONFIG_UNKNOWN_KEY,
                        "gates",
                        "gate, onMisconfiguration, rules"),
                problem("{'gate': 'g'}", "$.rules", CONFIG_MISSING),
                problem("{'gate': 'g', 'rules': []}", "$.rules", CONFIG_NO_RULES),
                problem("{'gate': 'g', 'rules': {}}", "$.rules", CONFIG_EXPECTED_LIST, "object"),
                problem(gate("'subtasks-present'"), "$.rules[0]", CONFIG_EXPECTED_OBJECT, "string"),
                problem(gate("{'min': 1}"), "$.rules[0].rule", CONFIG_MISSING),
                problem(
                        gate("{'rule': 'story-point', 'field': 'customfield_1'}"),
                        "$.rules[0].rule",
                        CONFIG_UNKNOWN_RULE,
                        "story-point",
                        "story-points, acceptance-criteria, test-coverage, field-present, linked-issue, subtasks-present"),
                problem(
                        gate("{'rule': 'subtasks-present', 'minimum': 1}"),
                        "$.rules[0].minimum",
                        CONFIG_UNKNOWN_KEY,
                        "minimum",
                        "rule, min, ignoreStatuses"),
                problem(
                        gate("{'rule': 'subtasks-present', 'min items': 1}"),
                        "$.rules[0]['min items']",
                        CONFIG_UNKNOWN_KEY,
                        "min items",
                        "rule, min, ignoreStatuses"),
                problem(gate("{'rule': 'story-points'}"), "$.rules[0].field", CONFIG_MISSING),
                problem(
                        gate("{'rule': 'story-points', 'field': 'Story Points'}"),
                        "$.rules[0].field",
                        CONFIG_BAD_FIELD_ID,
                        "Story Points"),
                problem(
                        gate("{'rule': 'field-present', 'field': 'customfield_abc'}"),
                        "$.rules[0].field",
                        CONFIG_BAD_FIELD_ID,
                        "customfield_abc"),
                problem(
                        gate("{'rule': 'story-points', 'field': 'customfield_1', 'policy': 'all'}"),
                        "$.rules[0].policy",
                        CONFIG_UNKNOWN_VALUE,
                        "all",
                        "issue, every-subtask, sum-of-subtasks"),
                problem(
                        gate(
                                "{'rule': 'story-points', 'field': 'customfield_1', 'forbidParentWhenSubtasksEstimated': 'yes'}"),
                        "$.rules[0].forbidParentWhenSubtasksEstimated",
                        CONFIG_EXPECTED_BOOLEAN,
                        "string"),
                problem(
                        gate("{'rule': 'acceptance-criteria', 'field': 'customfield_1', 'minItems': 0}"),
                        "$.rules[0].minItems",
                        CONFIG_TOO_SMALL,
                        "0",
                        1),
                problem(gate("{'rule': 'subtasks-present', 'min': -1}"), "$.rules[0].min", CONFIG_TOO_SMALL, "-1", 1),
                problem(
                        gate("{'rule': 'subtasks-present', 'min': 1.5}"),
                        "$.rules[0].min",
                        CONFIG_NOT_WHOLE_NUMBER,
                        "1.5"),
                problem(
                        gate("{'rule': 'subtasks-present', 'min': 5000}"),
                        "$.rules[0].min",
                        CONFIG_TOO_LARGE,
                        "5000",
                        1000),
                problem(
                        gate("{'rule': 'subtasks-present', 'min': '2'}"),
                        "$.rules[0].min",
                        CONFIG_EXPECTED_WHOLE_NUMBER,
                        "string"),
                problem(
                        gate("{'rule': 'linked-issue', 'issueTypes': 'RFC'}"),
                        "$.rules[0].issueTypes",
                        CONFIG_EXPECTED_LIST,
                        "string"),
                problem(
                        gate("{'rule': 'linked-issue', 'issueTypes': ['RFC', 3]}"),
                        "$.rules[0].issueTypes[1]",
                        CONFIG_EXPECTED_STRING,
                        "number"),
                problem(
                        gate("{'rule': 'linked-issue', 'linkTypes': ['relates to', ' ']}"),
                        "$.rules[0].linkTypes[1]",
                        CONFIG_BLANK),
                problem(
                        gate("{'rule': 'test-coverage', 'ignoreStatuses': ['Obsolete']}"),
                        "$.rules[0]",
                        CONFIG_NEEDS_ONE_OF,
                        "linkTypes, testIssueTypes, field"),
                problem(gate("{'rule': 'acceptance-criteria'}"), "$.rules[0].field", CONFIG_MISSING),
                problem(
                        gate("{'rule': 'acceptance-criteria', 'source': 'description', 'field': 'customfield_1'}"),
                        "$.rules[0].field",
                        CONFIG_CONFLICT,
                        "\"source\": \"description\""),
                problem(
                        gate("{'rule': 'acceptance-criteria', 'field': 'customfield_1', 'heading': 'AC'}"),
                        "$.rules[0].heading",
                        CONFIG_CONFLICT,
                        "\"field\""),
                problem(
                        gate("{'rule': 'acceptance-criteria', 'source': 'summary'}"),
                        "$.rules[0].source",
                        CONFIG_UNKNOWN_VALUE,
                        "summary",
                        "field, description"),
                problem(
                        gate("{'rule': 'acceptance-criteria', 'heading': '---'}"),
                        "$.rules[0].heading",
                        CONFIG_NEEDS_LETTERS,
                        "---"),
                problem(
                        gate("{'rule': 'field-present', 'field': 'customfield_1', 'label': ''}"),
                        "$.rules[0].label",
                        CONFIG_BLANK));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalidConfigurations")
    void reportsEachProblemWithItsPath(String json, String path, MessageKey key, List<Object> args) {
        GateConfigException error = parseFailing(Json.parse(json));

        assertThat(error.problems()).containsExactly(new ConfigProblem(path, Message.of(key, withPath(path, args))));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        GateConfigException error = parseFailing(
                Json.parse(
                        """
                {"gate": "", "onMisconfiguration": "warn", "rules": [
                  {"rule": "story-points", "field": "customfield_10016"},
                  {"rule": "story-point"},
                  {"rule": "test-coverage", "min": 0, "linkTypes": ["is tested by"]},
                  {"rule": "acceptance-criteria", "field": "customfield_10100", "minItems": 1.5, "gwt": true}
                ]}
                """));

        assertThat(error.problems())
                .extracting(ConfigProblem::path)
                .containsExactly(
                        "$.gate",
                        "$.onMisconfiguration",
                        "$.rules[1].rule",
                        "$.rules[2].min",
                        "$.rules[3].gwt",
                        "$.rules[3].minItems");
    }

    @Test
    void problemsReadWellInEnglish() {
        GateConfigException error = parseFailing(Json.parse(gate("{'rule': 'story-point'}")));

        assertThat(EnglishTexts.render(error.problems().get(0).message()))
                .isEqualTo("$.rules[0].rule: unknown rule \"story-point\". Known rules: story-points,"
                        + " acceptance-criteria, test-coverage, field-present, linked-issue, subtasks-present");
    }

    @Test
    void nonFiniteNumbersAreNotWholeNumbers() {
        Map<String, Object> rule = Map.of("rule", "subtasks-present", "min", Double.NaN);

        GateConfigException error = parseFailing(Map.of("gate", "g", "rules", List.of(rule)));

        assertThat(error.problems())
                .containsExactly(new ConfigProblem(
                        "$.rules[0].min", Message.of(CONFIG_EXPECTED_WHOLE_NUMBER, "$.rules[0].min", "number")));
    }

    @Test
    void hugeExponentsAreReportedWithoutWritingOutEveryDigit() {
        // Written out plainly, 1e999999999 has a billion digits: that used to exhaust the memory.
        Map<String, Object> tooLarge = Map.of("rule", "subtasks-present", "min", new BigDecimal("1e999999999"));
        Map<String, Object> fraction = Map.of("rule", "linked-issue", "min", new BigDecimal("1e-999999999"));
        Map<String, Object> stillPlain = Map.of("rule", "subtasks-present", "min", new BigDecimal("1e40"));

        GateConfigException error = parseFailing(Map.of("gate", "g", "rules", List.of(tooLarge, fraction, stillPlain)));

        assertThat(error.problems())
                .extracting(problem -> EnglishTexts.render(problem.message()))
                .containsExactly(
                        "$.rules[0].min: 1E+999999999 is too large. The maximum is 1000.",
                        "$.rules[1].min: 1E-999999999 is not a whole number.",
                        "$.rules[2].min: 1" + "0".repeat(40) + " is too large. The maximum is 1000.");
    }

    private GateConfigException parseFailing(Object tree) {
        GateConfigException error = catchThrowableOfType(GateConfigException.class, () -> parser.parse(tree));
        assertThat(error).as("parse(%s) must fail", tree).isNotNull();
        return error;
    }

    private static String gate(String rule) {
        return "{'gate': 'g', 'rules': [" + rule + "]}";
    }

    private static Arguments problem(String json, String path, MessageKey key, Object... args) {
        return Arguments.of(json, path, key, List.of(args));
    }

    private static Object[] withPath(String path, List<Object> args) {
        List<Object> all = new ArrayList<>();
        all.add(path);
        all.addAll(args);
        return all.toArray();
    }
}
