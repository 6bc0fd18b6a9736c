package io.phasegate.standalone.health;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link HealthRun} as the JSON contract of {@code phasegate health --format json}: {@code
 * {"board":{…},"done":…,"workingDays":[…],"sprints":[{"id","name","state","metrics":{"M1":{"value",
 * "unit","issues","notes","formulaVersion"},…},"warnings":[…]}]}}. Values are exact decimals or null.
 * The parts are {@link HealthJsonParts}, shared with {@code phasegate serve}.
 */
final class HealthJson {
    private HealthJson() {}

    static void write(HealthRun run, PrintWriter out) {
        try (JsonGenerator json = HealthJsonParts.FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            HealthJsonParts.board(run.board(), json);
            HealthJsonParts.settings(run.done(), run.workingDays(), json);
            json.writeArrayFieldStart("sprints");
            for (SprintResult sprint : run.sprints()) {
                json.writeStartObject();
                json.writeNumberField("id", sprint.sprint().id());
                json.writeStringField("name", sprint.sprint().name());
                json.writeStringField(
                        "state", HealthJsonParts.state(sprint.sprint().state()));
                HealthJsonParts.metrics(sprint.report().metrics(), json);
                HealthJsonParts.warnings(sprint.warnings(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }
}
