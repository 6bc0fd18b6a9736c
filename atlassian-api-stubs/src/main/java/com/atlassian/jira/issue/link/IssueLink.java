package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a link between two issues.
 *
 * <p>Source: https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/bot/listeners/link/AbstractJiraIssueLinkEventHandler.java
 * (Jira 9.4.1; calls {@code getIssueLinkType()}, {@code getSourceObject().getKey()},
 * {@code getDestinationObject().getKey()}). Kind and return types from
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html
 * ({@code @PublicApi public interface IssueLink extends OfBizValueWrapper}; the supertype is
 * omitted, no used member comes from it).
 */
@ApiSource(
        value = "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/"
                + "src/main/java/ru/mail/jira/plugins/myteam/bot/listeners/link/AbstractJiraIssueLinkEventHandler.java",
        note = "mailru/jira-plugins-mrimsender@12bdf7f, Jira 9.4.1; interface kind, return types and "
                + "'extends OfBizValueWrapper' (omitted) per docs.atlassian.com/jira/server IssueLink javadoc")
public interface IssueLink {

    IssueLinkType getIssueLinkType();

    /** The issue the link goes from (the "outward" side). */
    Issue getSourceObject();

    /** The issue the link goes to (the "inward" side). */
    Issue getDestinationObject();
}
