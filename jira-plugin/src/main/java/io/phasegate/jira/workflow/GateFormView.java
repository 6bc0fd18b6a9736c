package io.phasegate.jira.workflow;

import io.phasegate.core.gate.DefaultGateNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the configuration form shows for a gate configuration tree: one section per rule family,
 * every key always present (templates render in strict mode), values as plain strings and flags. A
 * gate without a chosen name shows an empty name and remembers which default it stands for.
 */
final class GateFormView {
    private GateFormView() {}

    /** The form for a configuration tree; a tree the form cannot show opens in advanced mode. */
    static Map<String, Object> of(Object tree) {
        Map<String, Object> config = tree instanceof Map<?, ?> m ? cast(m) : Map.of();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Map<String, Object>> firstOfFamily = new HashMap<>();
        for (Object rule : config.get("rules") instanceof List<?> l ? l : List.of()) {
            Map<String, Object> r = rule instanceof Map<?, ?> rm ? cast(rm) : Map.of();
            String family = String.valueOf(r.get("rule"));
            seen.merge(family, 1, Integer::sum);
            firstOfFamily.putIfAbsent(family, r);
        }
        Map<String, Object> form = new LinkedHashMap<>();
        String name = text(config.get("gate"), DefaultGateNames.MARKER);
        boolean unnamed = DefaultGateNames.of(name).isPresent();
        form.put("gateName", unnamed ? "" : name);
        form.put("gateNameDefault", DefaultGateNames.marker(name));
        form.put("onMisconfiguration", "allow".equals(config.get("onMisconfiguration")) ? "allow" : "block");
        form.put("useAdvanced", seen.values().stream().anyMatch(n -> n > 1) || hasUnknownFamily(seen));
        form.put("storyPoints", storyPoints(firstOfFamily.get("story-points")));
        form.put("acceptanceCriteria", acceptanceCriteria(firstOfFamily.get("acceptance-criteria")));
        form.put("testCoverage", testCoverage(firstOfFamily.get("test-coverage")));
        form.put("fieldPresent", section(firstOfFamily.get("field-present"), "field", ""));
        Map<String, Object> linked = section(firstOfFamily.get("linked-issue"), "min", "1");
        linked.put("issueTypes", joined(get(firstOfFamily.get("linked-issue"), "issueTypes")));
        form.put("linkedIssue", linked);
        form.put("subtasks", section(firstOfFamily.get("subtasks-present"), "min", "1"));
        return form;
    }

    private static Map<String, Object> storyPoints(Map<String, Object> rule) {
        Map<String, Object> s = section(rule, "field", "");
        s.put("policy", text(get(rule, "policy"), "issue"));
        s.put("forbidParent", Boolean.TRUE.equals(get(rule, "forbidParentWhenSubtasksEstimated")));
        return s;
    }

    private static Map<String, Object> acceptanceCriteria(Map<String, Object> rule) {
        Map<String, Object> s = section(rule, "field", "description");
        s.put("heading", text(get(rule, "heading"), "Acceptance Criteria"));
        s.put("minItems", text(get(rule, "minItems"), "1"));
        s.put("gwt", Boolean.TRUE.equals(get(rule, "givenWhenThen")));
        return s;
    }

    private static Map<String, Object> testCoverage(Map<String, Object> rule) {
        Map<String, Object> s = section(rule, "field", "");
        s.put("linkTypes", strings(get(rule, "linkTypes")));
        s.put("testIssueTypes", joined(get(rule, "testIssueTypes")));
        s.put("ignoreStatuses", joined(get(rule, "ignoreStatuses")));
        s.put("min", text(get(rule, "min"), "1"));
        return s;
    }

    /** A section with its enabled flag and one keyed value. */
    private static Map<String, Object> section(Map<String, Object> rule, String key, String fallback) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enabled", rule != null);
        s.put(key, text(get(rule, key), fallback));
        return s;
    }

    private static boolean hasUnknownFamily(Map<String, Integer> seen) {
        List<String> known = List.of(
                "story-points",
                "acceptance-criteria",
                "test-coverage",
                "field-present",
                "linked-issue",
                "subtasks-present");
        return seen.keySet().stream().anyMatch(f -> !known.contains(f));
    }

    private static Object get(Map<String, Object> rule, String key) {
        return rule == null ? null : rule.get(key);
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> result.add(String.valueOf(v)));
        }
        return result;
    }

    private static String joined(Object value) {
        return String.join(", ", strings(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
