package io.phasegate.core.gate.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link RuleSchema} as a JSON-ready tree; only what a setting uses is written. */
final class SchemaTree {

    private SchemaTree() {}

    static Map<String, Object> of(RuleSchema rule) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("allowedKeys", rule.allowedKeys());
        tree.put("settings", rule.settings().stream().map(SchemaTree::setting).toList());
        tree.put("needsOneOf", rule.needsOneOf());
        return tree;
    }

    private static Map<String, Object> setting(RuleSetting setting) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("key", setting.key());
        tree.put("type", setting.type().configName());
        tree.put("required", setting.required());
        if (setting.fallback() != null) {
            tree.put("default", setting.fallback());
        }
        if (setting.type() == SettingType.CHOICE) {
            tree.put("choices", setting.choices());
        }
        if (setting.type() == SettingType.COUNT) {
            tree.put("min", 1);
            tree.put("max", setting.max());
        }
        if (setting.needsLetterOrDigit()) {
            tree.put("needsLetterOrDigit", true);
        }
        setting.onlyWhen()
                .ifPresent(condition -> tree.put(
                        "onlyWhen",
                        ordered(
                                "setting", condition.setting(),
                                "value", condition.value(),
                                "conflictWith", condition.conflictWith())));
        setting.inferred()
                .ifPresent(inference -> tree.put(
                        "inferred",
                        ordered(
                                "value", inference.value(),
                                "whenPresent", inference.whenPresent(),
                                "whenAbsent", inference.whenAbsent())));
        return tree;
    }

    /** A map written in the given key order, so the exported file does not change between builds. */
    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
