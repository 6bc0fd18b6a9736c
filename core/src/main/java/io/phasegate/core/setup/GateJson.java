package io.phasegate.core.setup;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link GateSpec} as the gate configuration JSON of docs/gate-config.md, with the Jira ids
 * of its fields. The engine's parser reads the result (see the tests).
 */
final class GateJson {
    private GateJson() {}

    /** The gate JSON; {@code fieldIds} maps each field key the gate reads to its Jira id. */
    static String write(GateSpec gate, Map<String, String> fieldIds) {
        String rules = gate.rules().stream()
                .map(rule -> rule(rule, fieldId(fieldIds, rule.fieldKey())))
                .collect(Collectors.joining(", ", "[", "]"));
        return "{\"gate\": " + string(gate.name()) + ", \"onMisconfiguration\": \"block\", \"rules\": " + rules + "}";
    }

    private static String rule(GateRuleSpec rule, String field) {
        StringBuilder json = new StringBuilder("{\"rule\": ").append(string(rule.rule()));
        if (rule.rule().equals("acceptance-criteria")) {
            json.append(", \"source\": \"field\"");
        }
        json.append(", \"field\": ").append(string(field));
        if (rule.rule().equals("field-present")) {
            json.append(", \"label\": ").append(string(rule.label()));
        }
        if (rule.rule().equals("test-coverage")) {
            json.append(", \"min\": 1");
        }
        return json.append('}').toString();
    }

    private static String fieldId(Map<String, String> fieldIds, String key) {
        String id = fieldIds.get(key);
        if (id == null) {
            throw new IllegalArgumentException("no Jira id for field " + key);
        }
        return id;
    }

    /** A JSON string literal. */
    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
