package io.phasegate.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A {@link Verdict} as JSON:
 *
 * <pre>{@code
 * {"gate": "ready-for-sprint", "issue": {"key": "PG-42", "summary": "Pay by invoice"}, "passed": false,
 *  "violations": [{"rule": "story-points", "field": "customfield_10016", "fieldName": "Story Points",
 *                  "message": "PG-42 has no story points. ..."}],
 *  "misconfigurations": [{"rule": "test-coverage", "message": "..."}],
 *  "warnings": ["..."]}
 * }</pre>
 */
public final class VerdictJson {
    private VerdictJson() {}

    public static byte[] bytes(Verdict verdict) {
        return ContractJson.bytes(json -> write(verdict, json));
    }

    /** Writes the verdict with the generator's own formatting (compact, or pretty for the CLI). */
    public static void write(Verdict verdict, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("gate", verdict.gate());
        json.writeObjectFieldStart("issue");
        json.writeStringField("key", verdict.issueKey());
        json.writeStringField("summary", verdict.summary());
        json.writeEndObject();
        json.writeBooleanField("passed", verdict.passed());
        json.writeArrayFieldStart("violations");
        for (Verdict.Finding finding : verdict.violations()) {
            json.writeStartObject();
            json.writeStringField("rule", finding.rule());
            json.writeStringField("field", finding.field());
            json.writeStringField("fieldName", finding.fieldName());
            json.writeStringField("message", finding.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("misconfigurations");
        for (Verdict.NotChecked problem : verdict.misconfigurations()) {
            json.writeStartObject();
            json.writeStringField("rule", problem.rule());
            json.writeStringField("message", problem.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("warnings");
        for (String warning : verdict.warnings()) {
            json.writeString(warning);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
