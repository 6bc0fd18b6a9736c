package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one page of {@code GET /rest/agile/1.0/board/{id}/sprint} ({@code {"values":[...]}}) or a
 * bare array of sprints. A sprint Jira itself would not accept (closed without a completeDate,
 * ending before it starts) is skipped with a warning.
 */
final class SprintListReader {
    static final String EXPECTED = "expected the sprint list of GET /rest/agile/1.0/board/{id}/sprint";

    private final long boardId;
    private final List<BoardWarning> warnings;

    SprintListReader(long boardId, List<BoardWarning> warnings) {
        this.boardId = boardId;
        this.warnings = warnings;
    }

    /** Adds the file's sprints to {@code sprints} by id; a sprint listed twice keeps its first listing. */
    void read(Path file, Map<Long, SprintSnapshot> sprints) {
        JsonParser parser = JsonFiles.open(file);
        try {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                first = seekValues(file, parser);
            }
            if (first != JsonToken.START_ARRAY) {
                throw JsonFiles.broken(file, parser, "is " + JsonFiles.kind(first) + "; " + EXPECTED);
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String pointer = JsonFiles.pointer(parser);
                SprintSnapshot sprint = sprint(JsonFiles.tree(parser), file.getFileName() + " " + pointer);
                if (sprint != null) {
                    sprints.putIfAbsent(sprint.id(), sprint);
                }
            }
        } catch (IOException e) {
            throw JsonFiles.broken(file, parser, e);
        } finally {
            JsonFiles.close(parser);
        }
    }

    private static JsonToken seekValues(Path file, JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("values".equals(name)) {
                return value;
            }
            if ("errorMessages".equals(name)) {
                throw JsonFiles.broken(file, parser, "is an error response from Jira; " + EXPECTED);
            }
            parser.skipChildren();
        }
        throw JsonFiles.broken(file, parser, "has no \"values\" array; " + EXPECTED);
    }

    private SprintSnapshot sprint(JsonNode node, String where) {
        if (!node.path("id").canConvertToLong()) {
            warnings.add(BoardWarning.plain(null, where + " has no numeric id; the sprint is skipped"));
            return null;
        }
        long id = node.get("id").asLong();
        String name = node.path("name").isTextual() ? node.get("name").textValue() : "Sprint " + id;
        SprintState state = state(node.path("state").asText(""));
        if (state == null) {
            warnings.add(BoardWarning.plain(
                    null,
                    where + " (sprint " + id + ") has state \""
                            + node.path("state").asText("")
                            + "\", not future, active or closed; the sprint is skipped"));
            return null;
        }
        long board = node.path("originBoardId").canConvertToLong()
                ? node.get("originBoardId").asLong()
                : boardId;
        try {
            return new SprintSnapshot(
                    id,
                    name,
                    state,
                    date(node, "startDate"),
                    date(node, "activatedDate"),
                    date(node, "endDate"),
                    date(node, "completeDate"),
                    board);
        } catch (RuntimeException e) {
            warnings.add(BoardWarning.plain(
                    null,
                    where + " (sprint " + id + ", \"" + name + "\") is inconsistent: " + e.getMessage()
                            + "; the sprint is skipped"));
            return null;
        }
    }

    private static Instant date(JsonNode sprint, String field) {
        return JiraTime.parse(sprint.path(field).asText(null)).orElse(null);
    }

    private static SprintState state(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "future" -> SprintState.FUTURE;
            case "active" -> SprintState.ACTIVE;
            case "closed" -> SprintState.CLOSED;
            default -> null;
        };
    }
}
