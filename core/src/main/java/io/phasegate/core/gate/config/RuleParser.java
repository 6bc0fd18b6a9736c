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
import io.phasegate.core.message.MessageKey;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one entry of a gate's {@code rules} list into a rule: its settings as {@link
 * GateConfigSchema} describes them, then the rule built from them. The format is on {@link
 * GateConfigParser}.
 */
final class RuleParser {

    static final String SOURCE_FIELD = GateConfigSchema.SOURCE_FIELD;
    static final String SOURCE_DESCRIPTION = GateConfigSchema.SOURCE_DESCRIPTION;

    private static final String KNOWN_RULES =
            Arrays.stream(RuleId.values()).map(RuleId::configName).collect(Collectors.joining(", "));

    Optional<GateRule> parse(ConfigObject rule) {
        Optional<String> name = rule.requiredString("rule");
        Optional<RuleId> id = name.flatMap(RuleId::fromConfigName);
        if (name.isPresent() && id.isEmpty()) {
            rule.problem("rule", MessageKey.CONFIG_UNKNOWN_RULE, name.get(), KNOWN_RULES);
        }
        return id.flatMap(known -> {
            Settings settings = SettingReader.read(rule, GateConfigSchema.forRule(known));
            return rule.build(() -> build(known, settings));
        });
    }

    private static GateRule build(RuleId id, Settings settings) {
        return switch (id) {
            case STORY_POINTS -> new StoryPointsRule(
                    settings.field("field").orElseThrow(),
                    StoryPointsPolicy.fromConfigName(settings.choice("policy")).orElseThrow(),
                    settings.flag("forbidParentWhenSubtasksEstimated"));
            case ACCEPTANCE_CRITERIA -> new AcceptanceCriteriaRule(
                    criteriaSource(settings), settings.count("minItems"), settings.flag("givenWhenThen"));
            case TEST_COVERAGE -> new TestCoverageRule(
                    settings.names("linkTypes"),
                    settings.names("testIssueTypes"),
                    settings.names("ignoreStatuses"),
                    settings.field("field"),
                    settings.count("min"));
            case FIELD_PRESENT -> new FieldPresentRule(settings.field("field").orElseThrow(), settings.text("label"));
            case LINKED_ISSUE -> new LinkedIssueRule(
                    settings.names("linkTypes"), settings.names("issueTypes"), settings.count("min"));
            case SUBTASKS_PRESENT -> new SubtasksPresentRule(settings.count("min"), settings.names("ignoreStatuses"));
        };
    }

    private static CriteriaSource criteriaSource(Settings settings) {
        if (settings.choice("source").equals(SOURCE_DESCRIPTION)) {
            return new CriteriaSource.DescriptionSection(
                    settings.text("heading").orElseThrow());
        }
        return new CriteriaSource.Field(settings.field("field").orElseThrow());
    }
}
