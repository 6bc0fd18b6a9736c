package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira's JQL search service.
 *
 * <p>Sources: {@code parseQuery} and {@code ParseResult} as called by the Jira 9.4.1 mrimsender
 * plugin ({@code SearchService.ParseResult parseResult = searchService.parseQuery(user, jql)}, the
 * Jira 10.0.0 Slack plugin calls it too); {@code searchOverrideSecurity} as overridden by the Jira
 * 8.20.22 condec test double and called by jira-plugins-groovy ("search ignoring the searcher's
 * permissions"). jira-api-reference.md §4.1 says the service is the same in Jira 9 and 10.
 */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java",
        note = "Jira 8.20.22 class implementing SearchService with @Override on both methods; parseQuery also "
                + "called in Jira 9.4.1 (https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/"
                + "IssueServiceImpl.java). No Jira 10 page: searchOverrideSecurity re-check first")
public interface SearchService {

    /** Parses JQL text; the result says whether it is valid. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** Searches without applying the searcher's permissions (issue security and project permissions). */
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    /** The outcome of {@link #parseQuery}. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java",
            note = "Jira 8.20.22: new ParseResult(Query, MessageSet); isValid()/getQuery() called in Jira 9.4.1 "
                    + "mrimsender IssueServiceImpl and Jira 10.0.0 Slack JqlIssueFilter; final class per 7.x javadoc")
    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public boolean isValid() {
            return query != null;
        }
    }
}
