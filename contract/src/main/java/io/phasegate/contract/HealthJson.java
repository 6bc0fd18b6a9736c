package io.phasegate.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.message.Message;
import io.phasegate.core.sprint.BoardColumn;
import io.phasegate.core.sprint.BurnUp;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.MetricResult;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code GET /boards/{boardId}/health} (contract § Sprint health), and the parts that {@code
 * phasegate health --format json} shares: the board, the settings, a sprint's metrics and warnings.
 */
public final class HealthJson {
    private HealthJson() {}

    /**
     * The answer for a caller who may see what {@code visibility} allows, its warnings in the caller's
     * language ({@code texts}).
     */
    public static byte[] bytes(HealthAnswer answer, Visibility visibility, Function<Message, String> texts) {
        Drilldown drilldown = new Drilldown(visibility);
        return ContractJson.bytes(json -> {
            json.writeStartObject();
            board(answer.board(), json);
            settings(answer.done(), answer.workingDays(), json);
            json.writeObjectFieldStart("sprint");
            BoardsJson.sprintFields(answer.view().sprint(), json);
            metrics(answer.view().report().metrics(), drilldown, json);
            burnUp(answer.view().burnUp(), json);
            warnings(answer.warnings(), drilldown, texts, json);
            json.writeEndObject();
            json.writeNumberField("hidden", drilldown.hidden());
            json.writeStringField("jiraBaseUrl", answer.jiraBaseUrl());
            json.writeStringField("generatedAt", answer.generatedAt().toString());
            json.writeEndObject();
        });
    }

    /** {@code "board": {"id", "name", "columns": [{"name", "statuses"}], "estimationField"}}. */
    public static void board(BoardLayout board, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("board");
        json.writeNumberField("id", board.id());
        json.writeStringField("name", board.name());
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
        json.writeStringField("estimationField", board.estimationField());
        json.writeEndObject();
    }

    /** {@code "done": "right-most-column", "workingDays": ["MON", …]}. */
    public static void settings(DoneDefinition done, Set<DayOfWeek> workingDays, JsonGenerator json)
            throws IOException {
        json.writeStringField("done", doneName(done));
        json.writeArrayFieldStart("workingDays");
        for (DayOfWeek day : workingDays.stream().sorted().toList()) {
            json.writeString(day.name().substring(0, 3));
        }
        json.writeEndArray();
    }

    /** How the contract names a done definition. */
    public static String doneName(DoneDefinition done) {
        return done == DoneDefinition.RIGHT_MOST_COLUMN ? "right-most-column" : "status-category";
    }

    /** {@code "metrics": {"M1": {"value", "unit", "issues", "notes", "formulaVersion"}, …}}, every issue shown. */
    public static void metrics(List<MetricResult> metrics, JsonGenerator json) throws IOException {
        metrics(metrics, new Drilldown(Visibility.ALL), json);
    }

    /** The metrics with each {@code issues} list filtered by the drill-down. */
    public static void metrics(List<MetricResult> metrics, Drilldown drilldown, JsonGenerator json) throws IOException {
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
            for (IssueKey key : drilldown.filter(metric.issues())) {
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

    /** {@code "warnings": ["PG-9: …", …]}, every warning shown. */
    public static void warnings(List<BoardWarning> warnings, Function<Message, String> texts, JsonGenerator json)
            throws IOException {
        warnings(warnings, new Drilldown(Visibility.ALL), texts, json);
    }

    /** The warnings about issues the caller may see, and those about the whole data, as text. */
    public static void warnings(
            List<BoardWarning> warnings, Drilldown drilldown, Function<Message, String> texts, JsonGenerator json)
            throws IOException {
        json.writeArrayFieldStart("warnings");
        for (BoardWarning warning : warnings) {
            if (warning.issue() == null || drilldown.shows(warning.issue())) {
                json.writeString(warning.render(texts));
            }
        }
        json.writeEndArray();
    }

    /** {@code "burnup": {"days": [{"date", "scope", "done"}], "pace": [{"date", "done"}], "projection"}}. */
    static void burnUp(BurnUp burnUp, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("burnup");
        json.writeArrayFieldStart("days");
        for (BurnUp.Day day : burnUp.days()) {
            json.writeStartObject();
            json.writeStringField("date", day.date().toString());
            json.writeNumberField("scope", day.scope().stripTrailingZeros());
            json.writeNumberField("done", day.done().stripTrailingZeros());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("pace");
        for (BurnUp.Pace pace : burnUp.pace()) {
            json.writeStartObject();
            json.writeStringField("date", pace.date().toString());
            json.writeNumberField("done", pace.done().stripTrailingZeros());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (burnUp.projection() == null) {
            json.writeNullField("projection");
        } else {
            json.writeObjectFieldStart("projection");
            json.writeStringField("date", burnUp.projection().date().toString());
            json.writeNumberField("done", burnUp.projection().done().stripTrailingZeros());
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
