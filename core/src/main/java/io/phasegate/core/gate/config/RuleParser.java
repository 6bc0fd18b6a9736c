package io.phasegate.core.gate.config;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.gate.rules.LinkedIssueRule;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.SubtasksPresentRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.message.MessageKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads one entry of a gate's {@code rules} list into a rule; the format is on {@link GateConfigParser}. */
final class RuleParser {

    static final String DEFAULT_HEADING = "Acceptance Criteria";
    static final String SOURCE_FIELD = "field";
    static final String SOURCE_DESCRIPTION = "description";

    /** Larger minimums are typing mistakes; no gate asks for a thousand test cases. */
    static final int MAX_COUNT = 1000;

    private static final Map<String, StoryPointsPolicy> POLICIES =
            byConfigName(Arrays.asList(StoryPointsPolicy.values()), StoryPointsPolicy::configName);
    private static final Map<String, String> SOURCES =
            byConfigName(List.of(SOURCE_FIELD, SOURCE_DESCRIPTION), source -> source);
    private static final String KNOWN_RULES =
            Arrays.stream(RuleId.values()).map(RuleId::configName).collect(Collectors.joining(", "));

    Optional<GateRule> parse(ConfigObject rule) {
        Optional<String> name = rule.requiredString("rule");
        Optional<RuleId> id = name.flatMap(RuleId::fromConfigName);
        if (name.isPresent() && id.isEmpty()) {
            rule.problem("rule", MessageKey.CONFIG_UNKNOWN_RULE, name.get(), KNOWN_RULES);
        }
        return id.flatMap(known -> switch (known) {
            case STORY_POINTS -> storyPoints(rule);
            case ACCEPTANCE_CRITERIA -> acceptanceCriteria(rule);
            case TEST_COVERAGE -> testCoverage(rule);
            case FIELD_PRESENT -> fieldPresent(rule);
            case LINKED_ISSUE -> linkedIssue(rule);
            case SUBTASKS_PRESENT -> subtasksPresent(rule);
        });
    }

    private Optional<GateRule> storyPoints(ConfigObject rule) {
        rule.allowOnly(List.of("rule", "field", "policy", "forbidParentWhenSubtasksEstimated"));
        Optional<FieldRef> field = rule.requiredField("field");
        Optional<StoryPointsPolicy> policy = rule.oneOf("policy", POLICIES, StoryPointsPolicy.ISSUE);
        boolean forbidParent = rule.flag("forbidParentWhenSubtasksEstimated", false);
        return rule.build(() -> new StoryPointsRule(field.orElseThrow(), policy.orElseThrow(), forbidParent));
    }

    private Optional<GateRule> acceptanceCriteria(ConfigObject rule) {
        rule.allowOnly(List.of("rule", "source", "field", "heading", "minItems", "givenWhenThen"));
        Optional<CriteriaSource> source = criteriaSource(rule);
        int minItems = rule.count("minItems", 1, MAX_COUNT);
        boolean givenWhenThen = rule.flag("givenWhenThen", false);
        return rule.build(() -> new AcceptanceCriteriaRule(source.orElseThrow(), minItems, givenWhenThen));
    }

    private Optional<CriteriaSource> criteriaSource(ConfigObject rule) {
        // Without "source", a heading alone means the description; otherwise a field is expected.
        String implied = rule.has("heading") && !rule.has("field") ? SOURCE_DESCRIPTION : SOURCE_FIELD;
        Optional<String> source = rule.oneOf("source", SOURCES, implied);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (source.get().equals(SOURCE_DESCRIPTION)) {
            if (rule.has("field")) {
                rule.problem("field", MessageKey.CONFIG_CONFLICT, "\"source\": \"description\"");
            }
            String heading = rule.string("heading").orElse(DEFAULT_HEADING);
            if (heading.codePoints().noneMatch(Character::isLetterOrDigit)) {
                rule.problem("heading", MessageKey.CONFIG_NEEDS_LETTERS, heading);
                return Optional.empty();
            }
            return Optional.of(new CriteriaSource.DescriptionSection(heading));
        }
        if (rule.has("heading")) {
            rule.problem("heading", MessageKey.CONFIG_CONFLICT, "\"field\"");
        }
        return rule.requiredField("field").map(CriteriaSource.Field::new);
    }

    private Optional<GateRule> testCoverage(ConfigObject rule) {
        rule.allowOnly(List.of("rule", "linkTypes", "testIssueTypes", "ignoreStatuses", "field", "min"));
        Set<String> linkTypes = rule.names("linkTypes");
        Set<String> testIssueTypes = rule.names("testIssueTypes");
        Set<String> ignoreStatuses = rule.names("ignoreStatuses");
        Optional<FieldRef> field = rule.field("field");
        int min = rule.count("min", 1, MAX_COUNT);
        if (linkTypes.isEmpty() && testIssueTypes.isEmpty() && !rule.has("field")) {
            rule.problemHere(MessageKey.CONFIG_NEEDS_ONE_OF, "linkTypes, testIssueTypes, field");
        }
        return rule.build(() -> new TestCoverageRule(linkTypes, testIssueTypes, ignoreStatuses, field, min));
    }

    private Optional<GateRule> fieldPresent(ConfigObject rule) {
        rule.allowOnly(List.of("rule", "field", "label"));
        Optional<FieldRef> field = rule.requiredField("field");
        Optional<String> label = rule.string("label");
        return rule.build(() -> new FieldPresentRule(field.orElseThrow(), label));
    }

    private Optional<GateRule> linkedIssue(ConfigObject rule) {
        rule.allowOnly(List.of("rule", "linkTypes", "issueTypes", "min"));
        Set<String> linkTypes = rule.names("linkTypes");
        Set<String> issueTypes = rule.names("issueTypes");
        int min = rule.count("min", 1, MAX_COUNT);
        return rule.build(() -> new LinkedIssueRule(linkTypes, issueTypes, min));
    }

    private Optional<GateRule> subtasksPresent(ConfigObject rule) {
        rule.allowOnly(List.of("rule", "min", "ignoreStatuses"));
        int min = rule.count("min", 1, MAX_COUNT);
        Set<String> ignoreStatuses = rule.names("ignoreStatuses");
        return rule.build(() -> new SubtasksPresentRule(min, ignoreStatuses));
    }

    private static <T> Map<String, T> byConfigName(List<T> values, Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        values.forEach(value -> byName.put(name.apply(value), value));
        return byName;
    }
}
