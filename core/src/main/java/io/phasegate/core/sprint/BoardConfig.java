package io.phasegate.core.sprint;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.StatusCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A board's configuration as far as sprint health needs it: its ordered columns with their
 * statuses, which statuses count as Done, and the estimation field.
 */
public record BoardConfig(
        List<BoardColumn> columns,
        DoneDefinition doneDefinition,
        Map<String, StatusCategory> statusCategories,
        FieldRef estimationField) {
    public BoardConfig {
        columns = List.copyOf(columns);
        Objects.requireNonNull(doneDefinition, "doneDefinition");
        statusCategories = Map.copyOf(statusCategories);
        Objects.requireNonNull(estimationField, "estimationField");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a board has at least one column");
        }
        requireEachStatusOnce(columns);
    }

    private static void requireEachStatusOnce(List<BoardColumn> columns) {
        Set<String> seen = new HashSet<>();
        for (BoardColumn column : columns) {
            for (String status : column.statuses()) {
                if (!seen.add(status)) {
                    throw new IllegalArgumentException("status '" + status + "' is mapped to two columns");
                }
            }
        }
    }

    /** The index of the column the status is mapped to, or -1 when it is unmapped. */
    public int columnOf(String status) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).statuses().contains(status)) {
                return i;
            }
        }
        return -1;
    }

    /** True when the status is mapped to no column; such issues count 0 points (Jira parity). */
    public boolean isUnmapped(String status) {
        return columnOf(status) < 0;
    }

    /** Done(status) under this board's Done definition (G4). */
    public boolean isDone(String status) {
        return switch (doneDefinition) {
            case RIGHT_MOST_COLUMN -> columnOf(status) == columns.size() - 1;
            case STATUS_CATEGORY_DONE -> statusCategories.get(status) == StatusCategory.DONE;
        };
    }

    /** True for a mapped status that is neither in the first column nor Done: work in progress. */
    public boolean isInProgress(String status) {
        int column = columnOf(status);
        return column > 0 && !isDone(status);
    }
}
