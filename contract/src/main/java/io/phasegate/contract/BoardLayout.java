package io.phasegate.contract;

import io.phasegate.core.sprint.BoardColumn;
import java.util.List;
import java.util.Objects;

/**
 * A board as the sprint-health answer describes it: its columns (name → statuses) and the field
 * that holds estimates.
 */
public record BoardLayout(long id, String name, List<BoardColumn> columns, String estimationField) {
    public BoardLayout {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(estimationField, "estimationField");
    }
}
