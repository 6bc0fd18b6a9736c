package io.phasegate.jira.workflow;

import io.phasegate.core.gate.DefaultGateNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the fields of the validator's configuration form into a gate configuration tree. Values
 * are passed on as typed; the engine's parser then reports anything wrong with its path.
 */
final class GateForm {
    private final Map<String, Object> params;

    GateForm(Map<String, Object> params) {
        this.params = params;
    }

    boolean usesAdvancedJson() {
        return flag("useAdvanced");
    }

    String advancedJson() {
        return single("gateJson");
    }

    String onMisconfiguration() {
        return "allow".equals(single("onMisconfiguration")) ? "allow" : "block";
    }

    /** The configuration tree the form describes. */
    Map<String, Object> toTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        String name = single("gateName").trim();
        // A blank name stores a marker, never words: each reader sees the default in their language.
        tree.put("gate", name.isEmpty() ? DefaultGateNames.marker(single("gateNameDefault")) : name);
        tree.put("onMisconfiguration", onMisconfiguration());
        List<Object> rules = new ArrayList<>();
        addIf("storyPoints", rules, this::storyPoints);
        addIf("acceptanceCriteria", rules, this::acceptanceCriteria);
        addIf("testCoverage", rules, this::testCoverage);
        addIf("fieldPresent", rules, () -> rule("field-present", "field", single("fieldPresent.field")));
        addIf("linkedIssue", rules, this::linkedIssue);
        addIf("subtasks", rules, () -> rule("subtasks-present", "min", number("subtasks.min")));
        tree.put("rules", rules);
        return tree;
    }

    private Map<String, Object> storyPoints() {
        Map<String, Object> rule = rule("story-points", "field", single("storyPoints.field"));
        rule.put("policy", single("storyPoints.policy"));
        rule.put("forbidParentWhenSubtasksEstimated", flag("storyPoints.forbidParent"));
        return rule;
    }

    private Map<String, Object> acceptanceCriteria() {
        String field = single("acceptanceCriteria.field");
        Map<String, Object> rule;
        if (field.isEmpty() || field.equals("description")) {
            rule = rule("acceptance-criteria", "source", "description");
            String heading = single("acceptanceCriteria.heading").trim();
            if (!heading.isEmpty()) {
                rule.put("heading", heading);
            }
        } else {
            rule = rule("acceptance-criteria", "field", field);
        }
        rule.put("minItems", number("acceptanceCriteria.minItems"));
        rule.put("givenWhenThen", flag("acceptanceCriteria.gwt"));
        return rule;
    }

    private Map<String, Object> testCoverage() {
        Map<String, Object> rule = rule("test-coverage", "linkTypes", all("testCoverage.linkTypes"));
        rule.put("testIssueTypes", commaList("testCoverage.testIssueTypes"));
        rule.put("ignoreStatuses", commaList("testCoverage.ignoreStatuses"));
        String field = single("testCoverage.field");
        if (!field.isEmpty()) {
            rule.put("field", field);
        }
        rule.put("min", number("testCoverage.min"));
        return rule;
    }

    private Map<String, Object> linkedIssue() {
        Map<String, Object> rule = rule("linked-issue", "issueTypes", commaList("linkedIssue.issueTypes"));
        rule.put("min", number("linkedIssue.min"));
        return rule;
    }

    private void addIf(String section, List<Object> rules, java.util.function.Supplier<Map<String, Object>> rule) {
        if (flag(section + ".enabled")) {
            rules.add(rule.get());
        }
    }

    private static Map<String, Object> rule(String name, String key, Object value) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("rule", name);
        rule.put(key, value);
        return rule;
    }

    /** A whole number when the admin typed one; otherwise the text, for the parser to reject. */
    private Object number(String name) {
        String text = single(name).trim();
        if (text.isEmpty()) {
            return 1;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private List<String> commaList(String name) {
        return Arrays.stream(single(name).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private boolean flag(String name) {
        return "true".equals(single(name));
    }

    private String single(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? "" : values.get(0);
    }

    private List<String> all(String name) {
        Object value = params.get(name);
        if (value instanceof String[] array) {
            return Arrays.asList(array);
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
