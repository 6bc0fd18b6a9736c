package io.phasegate.standalone.cloud;

import io.phasegate.core.gate.config.GateConfigSchema;
import io.phasegate.core.gate.config.RuleSchema;
import io.phasegate.core.gate.config.RuleSetting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gate configurations for ConfigPageAgreementTest, as JSON text: the hand-written corpus in
 * cloud/test/fixtures/gate-config-corpus.txt, and for every rule kind in {@link GateConfigSchema}
 * every setting set to each of {@link #VALUES}, left out, and joined by unknown keys.
 */
final class GateCorpus {

    /** JSON values as written: wrong types, out of range, odd numbers, blank and hostile strings. */
    static final List<String> VALUES = List.of(
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1",
            "2",
            "1000",
            "1001",
            "2.5",
            "2.0",
            "2.50",
            "1e3",
            "1E+3",
            "-0",
            "-0.0",
            "1e999999999",
            "1e-999999999",
            "12345678901234567890",
            "1e40",
            "1e41",
            "0.5e1",
            "\"\"",
            "\"   \"",
            "\"\\u00a0\"",
            "\"\\u2003x\\u2003\"",
            "\"\\u200bx\"",
            "\"customfield_10016\"",
            "\" customfield_10016 \"",
            "\"Story Points\"",
            "\"description\"",
            "\"issue\"",
            "\"every-subtask\"",
            "\"sum-of-subtasks\"",
            "\"ISSUE\"",
            "\"field\"",
            "\"---\"",
            "\"\\u00e9\"",
            "\"AC\"",
            "\"it's \\\"quoted\\\"\\n{0} {1,number,#} \\u2028 <script>alert(1)</script>\"",
            "\"\\ud800\"",
            "[]",
            "[\"a\", \"A\", \"a\"]",
            "[\"\"]",
            "[5]",
            "[null]",
            "[\"x\", 2, \" \"]",
            "[[\"x\"]]",
            "{}",
            "{\"a\": 1}");

    private static final List<String> UNKNOWN_KEYS =
            List.of("Field", "minimum", "o'k", "a b", "", "__proto__", "constructor", "2", "\u00e9");

    /** A rule of each kind that the parser accepts, to break one setting at a time. */
    private static final List<Map<String, String>> BASES = List.of(
            rule("story-points", "field", "\"customfield_10016\""),
            rule("acceptance-criteria", "field", "\"customfield_10100\""),
            rule("acceptance-criteria", "source", "\"description\""),
            rule("acceptance-criteria", "heading", "\"Definition of done\""),
            rule("test-coverage", "linkTypes", "[\"is tested by\"]"),
            rule("test-coverage"),
            rule("field-present", "field", "\"customfield_10300\""),
            rule("linked-issue"),
            rule("subtasks-present"));

    private GateCorpus() {}

    static List<String> all(Path handWritten) throws IOException {
        List<String> gates = new ArrayList<>(handWritten(handWritten));
        gates.addAll(generated());
        return gates;
    }

    static List<String> handWritten(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    static List<String> generated() {
        List<String> gates = new ArrayList<>();
        for (String value : VALUES) {
            gates.add("{\"gate\": " + value + ", \"rules\": [{\"rule\": \"subtasks-present\"}]}");
            gates.add("{\"gate\": \"g\", \"onMisconfiguration\": " + value
                    + ", \"rules\": [{\"rule\": \"linked-issue\"}]}");
            gates.add("{\"gate\": \"g\", \"rules\": " + value + "}");
            gates.add("{\"gate\": \"g\", \"rules\": [{\"rule\": " + value + "}]}");
        }
        for (Map<String, String> base : BASES) {
            gates.add(gate(base));
            for (String key : keysOf(base)) {
                for (String value : VALUES) {
                    gates.add(gate(with(base, key, value)));
                }
                Map<String, String> without = new LinkedHashMap<>(base);
                without.remove(key);
                gates.add(gate(without));
            }
            UNKNOWN_KEYS.forEach(key -> gates.add(gate(with(base, key, "1"))));
        }
        return gates;
    }

    /** Every key the rule kind allows, as the schema lists them. */
    private static List<String> keysOf(Map<String, String> base) {
        String kind = base.get("rule").replace("\"", "");
        RuleSchema schema = GateConfigSchema.rules().stream()
                .filter(rule -> rule.rule().configName().equals(kind))
                .findFirst()
                .orElseThrow();
        return schema.settings().stream().map(RuleSetting::key).toList();
    }

    private static Map<String, String> rule(String kind, String... keysAndValues) {
        Map<String, String> rule = new LinkedHashMap<>();
        rule.put("rule", "\"" + kind + "\"");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            rule.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return rule;
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> rule = new LinkedHashMap<>(base);
        rule.put(key, value);
        return rule;
    }

    private static String gate(Map<String, String> rule) {
        StringBuilder text = new StringBuilder("{\"gate\": \"g\", \"rules\": [{");
        rule.forEach((key, value) -> text.append(text.charAt(text.length() - 1) == '{' ? "" : ", ")
                .append(quoted(key))
                .append(": ")
                .append(value));
        return text.append("}]}").toString();
    }

    private static String quoted(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
