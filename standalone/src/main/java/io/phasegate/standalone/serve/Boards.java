package io.phasegate.standalone.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import io.phasegate.core.app.SprintPick;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.standalone.health.HealthJsonParts;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The board of the data directory as the REST API names it: {@code GET /boards}, {@code GET
 * /boards/{boardId}/sprints}, and the lookups of a request's board and sprint that every board
 * endpoint shares (404 {@code board-not-found} / {@code sprint-not-found}).
 */
final class Boards {
    /** Newest first: sprints not started yet, then by start, latest first; ties by id. */
    static final Comparator<SprintSnapshot> NEWEST_FIRST = Comparator.comparing(
                    (SprintSnapshot sprint) -> sprint.startDate() == null ? Instant.MAX : sprint.actualStart())
            .thenComparingLong(SprintSnapshot::id)
            .reversed();

    private final BoardSource source;

    Boards(BoardSource source) {
        this.source = source;
    }

    /** Where the board's sprint snapshots are kept. */
    SnapshotStore snapshots() {
        return source.snapshots();
    }

    /** The request's {@code boardId} board. */
    LoadedBoard board(Request request) {
        long id = request.idParam("boardId", "board-not-found");
        LoadedBoard board = source.board();
        if (board.id() != id) {
            throw ApiException.notFound(
                    "board-not-found",
                    "There is no board " + id + "; this server has board " + board.id() + " \""
                            + board.data().layout().name() + "\"");
        }
        return board;
    }

    /**
     * The request's {@code sprint} parameter: {@code active}, {@code last-closed}, an id or — when
     * allowed — {@code backlog} (empty). Without it: the active sprint, else the last closed one.
     */
    static Optional<SprintSnapshot> sprint(Request request, List<SprintSnapshot> sprints, boolean backlogAllowed) {
        Optional<String> text = request.query("sprint").filter(value -> !value.isBlank());
        SprintPick pick;
        try {
            pick = text.isPresent()
                    ? SprintPick.parse(text.get(), backlogAllowed)
                    : SprintPick.ACTIVE.find(sprints).isPresent() ? SprintPick.ACTIVE : SprintPick.LAST_CLOSED;
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage());
        }
        if (pick.kind() == SprintPick.Kind.BACKLOG) {
            return Optional.empty();
        }
        return Optional.of(pick.find(sprints)
                .orElseThrow(() -> ApiException.notFound(
                        "sprint-not-found",
                        "The board has no "
                                + (pick.kind() == SprintPick.Kind.ID ? "sprint " + pick.id() : pick + " sprint"))));
    }

    Reply list(Request request) {
        LoadedBoard board = source.board();
        return Reply.json(JsonBytes.of(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("boards");
            json.writeStartObject();
            json.writeNumberField("id", board.id());
            json.writeStringField("name", board.data().layout().name());
            json.writeStringField("project", board.project());
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    Reply sprints(Request request) {
        LoadedBoard board = board(request);
        return Reply.json(JsonBytes.of(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("sprints");
            for (SprintSnapshot sprint :
                    board.data().sprints().stream().sorted(NEWEST_FIRST).toList()) {
                json.writeStartObject();
                sprintFields(sprint, json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    /** {@code "id", "name", "state", "startDate", "endDate", "completeDate"} of a sprint. */
    static void sprintFields(SprintSnapshot sprint, JsonGenerator json) throws IOException {
        json.writeNumberField("id", sprint.id());
        json.writeStringField("name", sprint.name());
        json.writeStringField("state", HealthJsonParts.state(sprint.state()));
        JsonBytes.instant(json, "startDate", sprint.startDate());
        JsonBytes.instant(json, "endDate", sprint.endDate());
        JsonBytes.instant(json, "completeDate", sprint.completeDate());
    }

    static boolean isOpen(SprintSnapshot sprint) {
        return sprint.state() != SprintState.CLOSED;
    }
}
