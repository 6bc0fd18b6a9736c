package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.standalone.jira.RestDataException;
import io.phasegate.standalone.jira.RestJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code board-configuration.json}, the response of {@code GET /rest/agile/1.0/board/{id}/configuration}. */
final class BoardConfigurationReader {
    static final String EXPECTED = "expected the response of GET /rest/agile/1.0/board/{id}/configuration";

    private BoardConfigurationReader() {}

    static BoardLayout read(Path file, List<BoardWarning> warnings) {
        JsonNode root = RestJson.parse(file);
        String source = file.getFileName().toString();
        if (!root.isObject()) {
            throw new RestDataException(source + ": / is not an object; " + EXPECTED);
        }
        if (root.has("errorMessages")) {
            throw new RestDataException(source + ": / is an error response from Jira " + root.get("errorMessages")
                    + "; " + EXPECTED + " (check the board id and that the account may see the board)");
        }
        JsonNode columns = root.path("columnConfig").path("columns");
        if (!columns.isArray() || columns.isEmpty()) {
            throw new RestDataException(source + ": /columnConfig/columns is "
                    + (columns.isArray() ? "empty" : "missing") + "; " + EXPECTED);
        }
        List<BoardLayout.Column> layout = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            layout.add(column(columns.get(i), source + " /columnConfig/columns/" + i, warnings));
        }
        if (layout.get(layout.size() - 1).statusIds().isEmpty()) {
            warnings.add(BoardWarning.plain(
                    null,
                    source + ": the right-most column \""
                            + layout.get(layout.size() - 1).name()
                            + "\" has no statuses, so no issue is Done by the board's own rule"));
        }
        JsonNode field = root.path("estimation").path("field");
        String fieldId =
                field.path("fieldId").isTextual() ? field.get("fieldId").textValue() : null;
        String fieldName =
                field.path("displayName").isTextual() ? field.get("displayName").textValue() : null;
        long id = root.path("id").asLong(0);
        String name = root.path("name").asText("Board " + id);
        return new BoardLayout(id, name, layout, fieldId, fieldName);
    }

    private static BoardLayout.Column column(JsonNode column, String where, List<BoardWarning> warnings) {
        String name = column.path("name").asText("");
        if (name.isBlank()) {
            warnings.add(BoardWarning.plain(null, where + "/name is missing; the column is called \"?\""));
            name = "?";
        }
        List<String> ids = new ArrayList<>();
        JsonNode statuses = column.path("statuses");
        for (int i = 0; i < statuses.size(); i++) {
            JsonNode id = statuses.get(i).path("id");
            if (id.isTextual() || id.isNumber()) {
                ids.add(id.asText());
            } else {
                warnings.add(BoardWarning.plain(null, where + "/statuses/" + i + " has no id; ignored"));
            }
        }
        return new BoardLayout.Column(name, ids);
    }
}
