package com.atlassian.greenhopper.model.rapid;

import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of one column of a board: its name and the ids of the statuses mapped to it.
 *
 * <p>Source: JSW 11.0.1 javadoc lists {@code getName()} and {@code getStatusIds()} on the class
 * (superclass {@code AbstractModel}, omitted); the return types {@code String} and
 * {@code List<String>} are those of the 6.3.9.2 page.
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira-software/11.0.1/com/atlassian/greenhopper/model/rapid/Column.html",
        note =
                "JSW 11.0.1 member list (getName, getMin, getMax, getStatusIds); types String and List<String> from "
                        + "https://docs.atlassian.com/jira-software/6.3.9.2/com/atlassian/greenhopper/model/rapid/Column.html; superclass AbstractModel omitted")
public class Column {
    private Column() {}

    /** The column's name. */
    public String getName() {
        throw new IllegalStateException("stub");
    }

    /** The ids of the statuses mapped to the column, e.g. {@code "10001"}. */
    public List<String> getStatusIds() {
        throw new IllegalStateException("stub");
    }
}
