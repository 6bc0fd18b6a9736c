package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import io.phasegate.stubs.ApiSource;
import java.util.List;

/** Compile-only stub of Jira's changelog reader. */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/component/UserMentionService.java",
        note = "Jira 9.4.1: @ComponentImport ChangeHistoryManager; List<ChangeHistory> getChangeHistories(issue), "
                + "oldest first (Iterables.getLast is the latest change)")
public interface ChangeHistoryManager {

    /** The issue's changelog, oldest entry first. */
    List<ChangeHistory> getChangeHistories(Issue issue);
}
