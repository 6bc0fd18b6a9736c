package io.phasegate.standalone.health;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.BoardColumn;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.MetricResult;
import io.phasegate.standalone.ingest.BoardData;
import io.phasegate.standalone.ingest.DataWarning;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pieces of the sprint-health JSON that {@code phasegate health} and {@code phasegate serve}
 * share: the board, the settings, a sprint's identity and metrics, and its warnings. Every string
 * from Jira goes through Jackson, so it comes out escaped; values are exact decimals or null.
 */
public final class HealthJsonParts {
    /** Writes decimals as they are (no exponent): {@code 0.0001}, never {@code 1E-4}. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private HealthJsonParts() {}

    /** {@code "board": {"id", "name", "columns": [{"name", "statuses"}], "estimationField"}}. */
    public static void board(BoardData board, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("board");
        json.writeNumberField("id", board.layout().id());
        json.writeStringField("name", board.layout().name());
        json.writeArrayFieldStart("columns");
        for (BoardColumn column : board.columns()) {
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
        json.writeStringField("estimationField", board.estimationField().id());
        json.writeEndObject();
    }

    /** {@code "done": "right-most-column", "workingDays": ["MON", …]}. */
    public static void settings(DoneDefinition done, Set<DayOfWeek> workingDays, JsonGenerator json)
            throws IOException {
        json.writeStringField("done", HealthRun.doneName(done));
        json.writeArrayFieldStart("workingDays");
        for (String day : CalendarOptions.names(workingDays)) {
            json.writeString(day);
        }
        json.writeEndArray();
    }

    /** {@code "metrics": {"M1": {"value", "unit", "issues", "notes", "formulaVersion"}, …}}. */
    public static void metrics(List<MetricResult> metrics, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("metrics");
        for (MetricResult metric : metrics) {
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
    }

    /** {@code "warnings": ["PG-9: …", …]}. */
    public static void warnings(List<DataWarning> warnings, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (DataWarning warning : warnings) {
            json.writeString(warning.toString());
        }
        json.writeEndArray();
    }

    /** A sprint state as the JSON spells it: {@code active}, {@code closed}, {@code future}. */
    public static String state(io.phasegate.core.sprint.SprintState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
