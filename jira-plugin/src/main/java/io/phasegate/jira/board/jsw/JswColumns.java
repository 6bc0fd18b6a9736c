package io.phasegate.jira.board.jsw;

import com.atlassian.greenhopper.model.rapid.Column;
import com.atlassian.greenhopper.model.rapid.ColumnConfig;
import com.atlassian.jira.issue.status.Status;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.sprint.BoardColumn;
import io.phasegate.jira.board.DataSourceUnavailableException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A board's columns with status names (the engine and the changelog speak names), and the category of
 * every status. Trailing columns without statuses are dropped: Jira Software treats the last column
 * <em>with statuses</em> as Done, and the engine's Done is the right-most column.
 */
record JswColumns(List<BoardColumn> columns, Map<String, String> namesById, Map<String, StatusCategory> categories) {

    static JswColumns of(ColumnConfig config, Collection<Status> statuses, long boardId, List<BoardWarning> warnings) {
        Map<String, String> names = new HashMap<>();
        Map<String, StatusCategory> categories = new HashMap<>();
        for (Status status : statuses == null ? List.<Status>of() : statuses) {
            if (status != null && status.getId() != null && status.getName() != null) {
                names.put(status.getId(), status.getName());
                categories.put(status.getName(), category(status));
            }
        }
        List<BoardColumn> columns = new ArrayList<>();
        Set<String> mapped = new LinkedHashSet<>();
        for (Column column : config == null || config.getColumns() == null ? List.<Column>of() : config.getColumns()) {
            String columnName = column.getName() == null ? "?" : column.getName();
            Set<String> statusNames = new LinkedHashSet<>();
            for (String id : column.getStatusIds() == null ? List.<String>of() : column.getStatusIds()) {
                String name = names.get(id);
                if (name == null) {
                    warnings.add(BoardWarning.of(null, MessageKey.WARNING_COLUMN_STATUS_UNKNOWN, columnName, id));
                    name = id;
                }
                if (mapped.add(name)) {
                    statusNames.add(name);
                } else {
                    warnings.add(BoardWarning.of(null, MessageKey.WARNING_STATUS_TWO_COLUMNS, name));
                }
            }
            columns.add(new BoardColumn(columnName, statusNames));
        }
        while (!columns.isEmpty() && columns.get(columns.size() - 1).statuses().isEmpty()) {
            columns.remove(columns.size() - 1);
        }
        if (columns.isEmpty()) {
            throw new DataSourceUnavailableException("phasegate.rest.unavailable.no-columns", String.valueOf(boardId));
        }
        return new JswColumns(columns, names, categories);
    }

    /** Every status name on a column. */
    Set<String> mappedNames() {
        Set<String> all = new LinkedHashSet<>();
        columns.forEach(column -> all.addAll(column.statuses()));
        return all;
    }

    private static StatusCategory category(Status status) {
        return status.getStatusCategory() == null
                ? StatusCategory.UNKNOWN
                : StatusCategory.fromJiraKey(status.getStatusCategory().getKey());
    }
}
