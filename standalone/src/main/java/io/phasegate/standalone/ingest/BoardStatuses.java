package io.phasegate.standalone.ingest;

import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.sprint.BoardColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The board's columns with status names instead of the ids the board configuration gives. A status
 * whose name nothing in the data tells is kept under its id, with a warning; renamed statuses are
 * reported once.
 */
record BoardStatuses(List<BoardColumn> columns, Set<String> mapped) {
    static BoardStatuses resolve(BoardLayout layout, StatusCatalogue statuses, List<BoardWarning> warnings) {
        List<BoardColumn> columns = new ArrayList<>();
        Set<String> mapped = new LinkedHashSet<>();
        for (BoardLayout.Column column : layout.columns()) {
            Set<String> names = new LinkedHashSet<>();
            for (String id : column.statusIds()) {
                String name = statuses.name(id, null);
                if (name == null) {
                    warnings.add(BoardWarning.plain(
                            null,
                            "board column \"" + column.name() + "\" maps status " + id
                                    + ", whose name neither statuses.json nor any issue tells; it is matched by id"));
                    name = id;
                }
                if (mapped.add(name)) {
                    names.add(name);
                } else {
                    warnings.add(BoardWarning.plain(
                            null,
                            "status \"" + name + "\" (id " + id + ") is mapped to two "
                                    + "board columns; it counts for the first, \"" + firstColumnOf(name, columns)
                                    + "\""));
                }
            }
            columns.add(new BoardColumn(column.name(), names));
        }
        for (Map.Entry<String, Set<String>> alias : statuses.aliases().entrySet()) {
            warnings.add(BoardWarning.plain(
                    null,
                    "status " + alias.getKey() + " is called " + quoted(alias.getValue())
                            + " in changelogs but \"" + statuses.name(alias.getKey(), null) + "\" now (renamed or "
                            + "migrated); read as \"" + statuses.name(alias.getKey(), null) + "\""));
        }
        return new BoardStatuses(columns, mapped);
    }

    private static String firstColumnOf(String status, List<BoardColumn> columns) {
        return columns.stream()
                .filter(column -> column.statuses().contains(status))
                .map(BoardColumn::name)
                .findFirst()
                .orElse("?");
    }

    private static String quoted(Set<String> names) {
        return String.join(", ", names.stream().map(name -> "\"" + name + "\"").toList());
    }
}
