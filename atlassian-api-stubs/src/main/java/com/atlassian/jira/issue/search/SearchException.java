package com.atlassian.jira.issue.search;

import io.phasegate.stubs.ApiSource;

/** Compile-only stub of the checked exception of Jira searches. */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java",
        note = "Jira 8.20.22: 'throws SearchException' on SearchService.search/searchOverrideSecurity overrides; "
                + "checked (extends Exception) per Jira 7.x javadoc; only the no-argument constructor is stubbed")
public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException() {}
}
