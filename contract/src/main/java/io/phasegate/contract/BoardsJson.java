package io.phasegate.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** {@code GET /boards} and {@code GET /boards/{boardId}/sprints}. */
public final class BoardsJson {
    /** Newest first: sprints not started yet, then by start, latest first; ties by id. */
    public static final Comparator<SprintSnapshot> NEWEST_FIRST = Comparator.comparing(
                    (SprintSnapshot sprint) -> sprint.startDate() == null ? Instant.MAX : sprint.actualStart())
            .thenComparingLong(SprintSnapshot::id)
            .reversed();

    private BoardsJson() {}

    /** {@code {"boards": [{"id", "name", "project"}]}}. */
    public static byte[] boards(List<BoardRef> boards) {
        return ContractJson.bytes(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("boards");
            for (BoardRef board : boards) {
                json.writeStartObject();
                json.writeNumberField("id", board.id());
                json.writeStringField("name", board.name());
                json.writeStringField("project", board.project());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** {@code {"sprints": [{"id", "name", "state", "startDate", "endDate", "completeDate"}]}}, newest first. */
    public static byte[] sprints(List<SprintSnapshot> sprints) {
        return ContractJson.bytes(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("sprints");
            for (SprintSnapshot sprint : sprints.stream().sorted(NEWEST_FIRST).toList()) {
                json.writeStartObject();
                sprintFields(sprint, json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** {@code "id", "name", "state", "startDate", "endDate", "completeDate"} of a sprint. */
    public static void sprintFields(SprintSnapshot sprint, JsonGenerator json) throws IOException {
        json.writeNumberField("id", sprint.id());
        json.writeStringField("name", sprint.name());
        json.writeStringField("state", state(sprint.state()));
        ContractJson.instant(json, "startDate", sprint.startDate());
        ContractJson.instant(json, "endDate", sprint.endDate());
        ContractJson.instant(json, "completeDate", sprint.completeDate());
    }

    /** A sprint state as the JSON spells it: {@code active}, {@code closed}, {@code future}. */
    public static String state(SprintState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
