package io.phasegate.jira.board;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The issues a board's saved filter selects, found in a system context: {@code
 * searchOverrideSecurity} ignores project permissions and issue security, and no user is passed, so
 * every caller's aggregates are computed from the same issues.
 */
public final class BoardIssueSearch {
    static final int PAGE = 500;

    private final SearchService search;

    public BoardIssueSearch(SearchService search) {
        this.search = search;
    }

    /** Every issue of the filter, in the filter's order. */
    public List<Issue> issues(long filterId) {
        Query query = query(filterId);
        List<Issue> issues = new ArrayList<>();
        for (int start = 0; ; start += PAGE) {
            List<Issue> page = page(filterId, query, start, PAGE);
            issues.addAll(page);
            if (page.size() < PAGE) {
                return issues;
            }
        }
    }

    /** The project of the filter's first issue: the board's project, as far as the sourced API tells. */
    public String projectKey(long filterId) {
        List<Issue> first = page(filterId, query(filterId), 0, 1);
        if (first.isEmpty() || first.get(0).getProjectObject() == null) {
            return null;
        }
        return first.get(0).getProjectObject().getKey();
    }

    private Query query(long filterId) {
        // A number only: nothing a user typed reaches the JQL.
        SearchService.ParseResult parsed = search.parseQuery(null, "filter = " + filterId);
        if (parsed == null || !parsed.isValid()) {
            throw new DataSourceUnavailableException(
                    "phasegate.rest.unavailable.filter-unreadable", String.valueOf(filterId));
        }
        return parsed.getQuery();
    }

    private List<Issue> page(long filterId, Query query, int start, int max) {
        try {
            List<Issue> page = search.searchOverrideSecurity(null, query, new PagerFilter<Issue>(start, max))
                    .getResults();
            return page == null ? List.of() : page;
        } catch (SearchException e) {
            throw new DataSourceUnavailableException(
                    "phasegate.rest.unavailable.search-failed",
                    String.valueOf(filterId),
                    String.valueOf(e.getMessage()));
        }
    }
}
