package io.phasegate.standalone.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A board as {@code GET /rest/agile/1.0/board/{id}/configuration} describes it: its columns with
 * the ids of the statuses mapped to them, and the estimation field (null when the board estimates
 * by issue count or the response does not say).
 */
public record BoardLayout(
        long id, String name, List<Column> columns, String estimationFieldId, String estimationFieldName) {
    public BoardLayout {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** One column: its name and the ids of its statuses, in board order. */
    public record Column(String name, List<String> statusIds) {
        public Column {
            Objects.requireNonNull(name, "name");
            statusIds = List.copyOf(statusIds);
        }
    }
}
