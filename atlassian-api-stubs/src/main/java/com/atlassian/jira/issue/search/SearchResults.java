package com.atlassian.jira.issue.search;

import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of one page of search results, generic since Jira 8 ({@code getIssues()} is gone).
 */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueServiceImpl.java",
        note = "Jira 9.4.1: SearchResults<Issue> res = searchService.search(...); res.getResults(). Constructor "
                + "(List<T>, int total, int maxResults, int startIndex) as called by cures-condec-jira@fbadb34 "
                + "MockSearchService (Jira 8.20.22)")
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> issues, int totalIssueCount, int maxIssueCount, int startIndex) {
        this.results = issues;
        this.total = totalIssueCount;
    }

    /** The page's results. */
    public List<T> getResults() {
        return results;
    }

    /** How many results the search found in all, not only on this page. */
    @ApiSource(
            value =
                    "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/component/MessageFormatter.java",
            note = "Jira 9.4.1: int totalIssues = issueSearchResults.getTotal() on a SearchResults<Issue>")
    public int getTotal() {
        return total;
    }
}
