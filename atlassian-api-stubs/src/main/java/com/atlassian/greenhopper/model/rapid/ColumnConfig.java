package com.atlassian.greenhopper.model.rapid;

import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of a board's column configuration.
 *
 * <p>Source: JSW 10.6.0 javadoc: constructor {@code ColumnConfig(List<Column> columns,
 * ColumnConfig.ConstraintType)} and {@code getColumns()}, "list of columns returned in order defined
 * in configuration. The last column with statuses is treated like \"done\" column". The constructor
 * and the constraint type are not used and omitted.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/model/rapid/ColumnConfig.html",
        note = "JSW 10.6.0: getColumns() in configuration order (return type List<Column> as the constructor's "
                + "parameter; the stored page omits the type column); ConstraintType and constructor omitted")
public class ColumnConfig {
    private ColumnConfig() {}

    /** The columns in board order; the last column with statuses is Jira Software's Done column. */
    public List<Column> getColumns() {
        throw new IllegalStateException("stub");
    }
}
