package com.atlassian.jira.issue.operation;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of an issue operation that can have a screen (create, edit, view); no members.
 * Phasegate only passes null, meaning "every operation" (a screen scheme's default entry).
 *
 * <p>Source: the parameter type of {@code FieldScreenSchemeItem.setIssueOperation} in the Jira 7.x
 * javadoc; its real supertype {@code IssueOperation} is omitted.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/screen/FieldScreenSchemeItem.html",
        note = "Jira 7.x javadoc: void setIssueOperation(ScreenableIssueOperation issueOperation); supertype "
                + "IssueOperation omitted")
public interface ScreenableIssueOperation {}
