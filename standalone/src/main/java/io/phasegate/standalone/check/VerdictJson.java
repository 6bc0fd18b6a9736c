package io.phasegate.standalone.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Writes a {@link CheckReport} as the JSON document of {@code phasegate check --format json}:
 *
 * <pre>{@code
 * {"gate": "ready-for-sprint", "issue": {"key": "PG-42", "summary": "Pay by invoice"}, "passed": false,
 *  "violations": [{"rule": "story-points", "field": "customfield_10016", "fieldName": "Story Points",
 *                  "message": "PG-42 has no story points. ..."}],
 *  "misconfigurations": [{"rule": "test-coverage", "message": "The field ... does not exist ..."}],
 *  "warnings": ["..."]}
 * }</pre>
 *
 * {@code field} and {@code fieldName} are {@code null} when a violation concerns the issue as a whole.
 * Every string from Jira or the configuration is escaped by Jackson, never pasted.
 */
final class VerdictJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENTER)
                    .withArrayIndenter(INDENTER));

    private VerdictJson() {}

    static String write(CheckReport report) {
        try {
            return WRITER.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings, booleans and nulls always serialises; this would be a bug.
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(CheckReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("gate", report.gate());
        root.putObject("issue").put("key", report.issueKey()).put("summary", report.summary());
        root.put("passed", report.passed());
        ArrayNode violations = root.putArray("violations");
        for (CheckReport.Finding finding : report.violations()) {
            violations
                    .addObject()
                    .put("rule", finding.rule())
                    .put("field", finding.field().orElse(null))
                    .put("fieldName", finding.fieldName().orElse(null))
                    .put("message", finding.message());
        }
        ArrayNode misconfigurations = root.putArray("misconfigurations");
        for (CheckReport.NotChecked problem : report.misconfigurations()) {
            misconfigurations.addObject().put("rule", problem.rule()).put("message", problem.message());
        }
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        return root;
    }
}
