package com.atlassian.query;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a parsed JQL query; Phasegate only passes it from {@code parseQuery} to the
 * search. No members are stubbed.
 */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueServiceImpl.java",
        note = "Jira 9.4.1: com.atlassian.query.Query from SearchService.ParseResult.getQuery() passed to "
                + "SearchService.search; type only")
public interface Query {}
