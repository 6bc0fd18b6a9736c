package io.phasegate.standalone.health;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.BoardColumn;
import io.phasegate.core.sprint.MetricResult;
import io.phasegate.standalone.ingest.DataWarning;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes a {@link HealthRun} as the JSON contract of {@code phasegate health --format json}: {@code
 * {"board":{…},"done":…,"workingDays":[…],"sprints":[{"id","name","state","metrics":{"M1":{"value",
 * "unit","issues","notes","formulaVersion"},…},"warnings":[…]}]}}. Values are exact decimals or null.
 */
final class HealthJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private HealthJson() {}

    static void write(HealthRun run, PrintWriter out) {
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            board(run, json);
            json.writeStringField("done", HealthRun.doneName(run.done()));
            json.writeArrayFieldStart("workingDays");
            for (String day : CalendarOptions.names(run.workingDays())) {
                json.writeString(day);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("sprints");
            for (SprintResult sprint : run.sprints()) {
                sprint(sprint, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private static void board(HealthRun run, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("board");
        json.writeNumberField("id", run.board().layout().id());
        json.writeStringField("name", run.board().layout().name());
        json.writeArrayFieldStart("columns");
        for (BoardColumn column : run.board().columns()) {
            json.writeStartObject();
            json.writeStringField("name", column.name());
            json.writeArrayFieldStart("statuses");
            for (String status : column.statuses().stream().sorted().toList()) {
                json.writeString(status);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("estimationField", run.board().estimationField().id());
        json.writeEndObject();
    }

    private static void sprint(SprintResult result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", result.sprint().id());
        json.writeStringField("name", result.sprint().name());
        json.writeStringField("state", result.sprint().state().name().toLowerCase(Locale.ROOT));
        json.writeObjectFieldStart("metrics");
        for (MetricResult metric : result.report().metrics()) {
            json.writeObjectFieldStart(metric.id());
            if (metric.value() == null) {
                json.writeNullField("value");
            } else {
                json.writeNumberField("value", metric.value());
            }
            json.writeStringField("unit", metric.unit());
            json.writeArrayFieldStart("issues");
            for (IssueKey key : metric.issues()) {
                json.writeString(key.value());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notes");
            for (String note : metric.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
            json.writeNumberField("formulaVersion", metric.formulaVersion());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("warnings");
        for (DataWarning warning : result.warnings()) {
            json.writeString(warning.toString());
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
