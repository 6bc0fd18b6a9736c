package com.atlassian.jira.web.bean;

import io.phasegate.stubs.ApiSource;

/** Compile-only stub of a search's page window. */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueServiceImpl.java",
        note = "Jira 9.4.1: new PagerFilter<>(page * pageSize, pageSize), i.e. (int start, int max)")
public class PagerFilter<T> {
    public PagerFilter(int start, int max) {}
}
