package io.phasegate.core.gate.config;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.gate.rules.LinkedIssueRule;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.SubtasksPresentRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link PhaseGate} as the JSON tree that {@link GateConfigParser} reads, with every
 * setting spelled out, for admin screens and for storing a gate edited in the UI.
 */
public final class GateConfigWriter {

    /** The gate as nested maps, lists, strings, integers and booleans, in the documented format. */
    public Map<String, Object> toTree(PhaseGate gate) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("gate", gate.name());
        tree.put("onMisconfiguration", gate.onMisconfiguration().configName());
        tree.put("rules", gate.rules().stream().map(this::rule).toList());
        return tree;
    }

    private Map<String, Object> rule(GateRule rule) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("rule", rule.id().configName());
        if (rule instanceof StoryPointsRule points) {
            tree.put("field", points.field().id());
            tree.put("policy", points.policy().configName());
            tree.put("forbidParentWhenSubtasksEstimated", points.forbidParentWhenSubtasksEstimated());
        } else if (rule instanceof AcceptanceCriteriaRule criteria) {
            acceptanceCriteria(criteria, tree);
        } else if (rule instanceof TestCoverageRule coverage) {
            tree.put("linkTypes", names(coverage.linkTypes()));
            tree.put("testIssueTypes", names(coverage.testIssueTypes()));
            tree.put("ignoreStatuses", names(coverage.ignoredStatuses()));
            coverage.testCasesField().ifPresent(field -> tree.put("field", field.id()));
            tree.put("min", coverage.min());
        } else if (rule instanceof FieldPresentRule present) {
            tree.put("field", present.field().id());
            present.label().ifPresent(label -> tree.put("label", label));
        } else if (rule instanceof LinkedIssueRule linked) {
            tree.put("linkTypes", names(linked.linkTypes()));
            tree.put("issueTypes", names(linked.issueTypes()));
            tree.put("min", linked.min());
        } else if (rule instanceof SubtasksPresentRule subtasks) {
            tree.put("min", subtasks.min());
            tree.put("ignoreStatuses", names(subtasks.ignoredStatuses()));
        } else {
            throw new IllegalArgumentException("no configuration format for rule " + rule);
        }
        return tree;
    }

    private static void acceptanceCriteria(AcceptanceCriteriaRule rule, Map<String, Object> tree) {
        if (rule.source() instanceof CriteriaSource.Field field) {
            tree.put("source", RuleParser.SOURCE_FIELD);
            tree.put("field", field.field().id());
        } else {
            tree.put("source", RuleParser.SOURCE_DESCRIPTION);
            tree.put("heading", ((CriteriaSource.DescriptionSection) rule.source()).heading());
        }
        tree.put("minItems", rule.minItems());
        tree.put("givenWhenThen", rule.requireGivenWhenThen());
    }

    private static List<String> names(Set<String> names) {
        return List.copyOf(names);
    }
}
