package com.atlassian.jira.issue;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of an issue that can be edited; Phasegate only reads it as an {@link Issue}.
 *
 * <p>Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/MutableIssue.html
 * ({@code public interface MutableIssue extends Issue}); the return type of
 * {@code IssueManager.getIssueByCurrentKey} in Jira 10.0.0 code (Slack plugin @5e676f6).
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/MutableIssue.html",
        note = "Jira 7.x javadoc: interface MutableIssue extends Issue; Jira 10.0.0: final MutableIssue issue ="
                + " issueManager.getIssueByCurrentKey(key) in Slack plugin @5e676f6 SlackEventHandlerService.java")
public interface MutableIssue extends Issue {}
