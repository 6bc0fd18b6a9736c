package com.atlassian.greenhopper.model.rapid;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a Jira Software board ("rapid view").
 *
 * <p>Source: the JSW 10.0.1 package summary lists the class ("The object which represents an agile
 * board that is used for managing issues"); its members are shown on the 6.x class pages and are
 * called on boards by jira-plugins-groovy (JSW 8.13.1). The real class also has a builder and many
 * more members, omitted here; it is constructed only by Jira Software.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/10.0.1/com/atlassian/greenhopper/model/rapid/package-summary.html",
        note = "JSW 10.0.1: class RapidView in this package; getId()/getName()/getSavedFilterId() returning "
                + "Long/String/Long per https://docs.atlassian.com/jira-software/6.3.3/com/atlassian/greenhopper/model/rapid/RapidView.html; "
                + "no 10.x member page in the corpus: re-check first")
public class RapidView {
    private RapidView() {}

    /** The board's id. */
    public Long getId() {
        throw new IllegalStateException("stub");
    }

    /** The board's name. */
    public String getName() {
        throw new IllegalStateException("stub");
    }

    /** The id of the saved filter that selects the board's issues. */
    public Long getSavedFilterId() {
        throw new IllegalStateException("stub");
    }
}
