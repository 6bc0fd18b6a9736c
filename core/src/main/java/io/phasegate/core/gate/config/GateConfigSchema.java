package io.phasegate.core.gate.config;

import static io.phasegate.core.gate.config.RuleSetting.choice;
import static io.phasegate.core.gate.config.RuleSetting.count;
import static io.phasegate.core.gate.config.RuleSetting.setting;

import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate configuration format as data: every rule kind with its settings, the gate's own keys and
 * the patterns of field ids and plain keys. {@link GateConfigParser} reads gates through it; {@link
 * #tree()} exports it for the Cloud configuration page, which checks gates the same way.
 */
public final class GateConfigSchema {

    /** Larger minimums are typing mistakes; no gate asks for a thousand test cases. */
    public static final int MAX_COUNT = 1000;

    /** A system field id ({@code description}) or a custom field id ({@code customfield_10016}). */
    public static final String FIELD_ID_PATTERN = "customfield_[0-9]+|[a-z][A-Za-z]*";

    /** Keys written after a dot in a JSONPath; any other key is written {@code ['key']}. */
    public static final String PLAIN_KEY_PATTERN = "[A-Za-z_][A-Za-z0-9_-]*";

    /** The keys of the gate object. */
    public static final List<String> GATE_KEYS = List.of("gate", "onMisconfiguration", "rules");

    static final String SOURCE_FIELD = "field";
    static final String SOURCE_DESCRIPTION = "description";

    private static final List<RuleSchema> RULES = List.of(
            new RuleSchema(
                    RuleId.STORY_POINTS,
                    List.of(
                            setting("field", SettingType.FIELD).asRequired(),
                            choice("policy", policies(), StoryPointsPolicy.ISSUE.configName()),
                            setting("forbidParentWhenSubtasksEstimated", SettingType.FLAG)
                                    .withDefault(false)),
                    List.of()),
            new RuleSchema(
                    RuleId.ACCEPTANCE_CRITERIA,
                    List.of(
                            choice("source", List.of(SOURCE_FIELD, SOURCE_DESCRIPTION), SOURCE_FIELD)
                                    .inferredAs(SOURCE_DESCRIPTION, "heading", "field"),
                            setting("field", SettingType.FIELD)
                                    .asRequired()
                                    .onlyWhen("source", SOURCE_FIELD, "\"source\": \"description\""),
                            setting("heading", SettingType.TEXT)
                                    .withDefault(CriteriaSource.DEFAULT_HEADING)
                                    .needingLetterOrDigit()
                                    .onlyWhen("source", SOURCE_DESCRIPTION, "\"field\""),
                            count("minItems", MAX_COUNT),
                            setting("givenWhenThen", SettingType.FLAG).withDefault(false)),
                    List.of()),
            new RuleSchema(
                    RuleId.TEST_COVERAGE,
                    List.of(
                            setting("linkTypes", SettingType.NAMES),
                            setting("testIssueTypes", SettingType.NAMES),
                            setting("ignoreStatuses", SettingType.NAMES),
                            setting("field", SettingType.FIELD),
                            count("min", MAX_COUNT)),
                    List.of("linkTypes", "testIssueTypes", "field")),
            new RuleSchema(
                    RuleId.FIELD_PRESENT,
                    List.of(setting("field", SettingType.FIELD).asRequired(), setting("label", SettingType.TEXT)),
                    List.of()),
            new RuleSchema(
                    RuleId.LINKED_ISSUE,
                    List.of(
                            setting("linkTypes", SettingType.NAMES),
                            setting("issueTypes", SettingType.NAMES),
                            count("min", MAX_COUNT)),
                    List.of()),
            new RuleSchema(
                    RuleId.SUBTASKS_PRESENT,
                    List.of(count("min", MAX_COUNT), setting("ignoreStatuses", SettingType.NAMES)),
                    List.of()));

    private GateConfigSchema() {}

    /** Every rule kind, in the order of {@link RuleId}. */
    public static List<RuleSchema> rules() {
        return RULES;
    }

    /** The settings of one rule kind. */
    public static RuleSchema forRule(RuleId rule) {
        return RULES.stream()
                .filter(schema -> schema.rule() == rule)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no settings for rule " + rule));
    }

    /** The values of {@code onMisconfiguration}, the first being the default. */
    public static List<String> misconfigurationPolicies() {
        return Arrays.stream(MisconfigurationPolicy.values())
                .map(MisconfigurationPolicy::configName)
                .toList();
    }

    /**
     * The format as nested maps, lists, strings, numbers and booleans (JSON-ready), for checking
     * gates outside Java: the Cloud configuration page reads it.
     */
    public static Map<String, Object> tree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("gateKeys", GATE_KEYS);
        tree.put("misconfigurationPolicies", misconfigurationPolicies());
        tree.put("fieldIdPattern", FIELD_ID_PATTERN);
        tree.put("plainKeyPattern", PLAIN_KEY_PATTERN);
        tree.put("whitespace", whitespace());
        Map<String, Object> rules = new LinkedHashMap<>();
        RULES.forEach(rule -> rules.put(rule.rule().configName(), SchemaTree.of(rule)));
        tree.put("rules", rules);
        return tree;
    }

    /**
     * The characters that {@link String#strip()} removes and {@link String#isBlank()} ignores (those
     * of {@link Character#isWhitespace(int)}; all lie in the Basic Multilingual Plane): other
     * languages trim differently, non-breaking spaces for one.
     */
    static String whitespace() {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c)) {
                chars.append(c);
            }
        }
        return chars.toString();
    }

    private static List<String> policies() {
        return Arrays.stream(StoryPointsPolicy.values())
                .map(StoryPointsPolicy::configName)
                .toList();
    }
}
