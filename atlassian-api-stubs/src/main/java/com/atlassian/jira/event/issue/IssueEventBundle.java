package com.atlassian.jira.event.issue;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the event Jira publishes when issues are created, updated (fields, sprint,
 * estimate, status), transitioned, moved or deleted: the bundle of the issue events of one
 * operation. Phasegate only needs to know that one happened.
 *
 * <p>Source: Atlassian's Slack plugin on Jira 10.0.0 listens with {@code @EventListener public void
 * issueEvent(@Nonnull final IssueEventBundle eventBundle)}
 * ({@code service/listener/impl/DefaultJiraSlackEventListener.java}).
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java",
        note = "Slack plugin @5e676f6, Jira 10.0.0: IssueEventBundle received by an @EventListener method;"
                + " interface per docs.atlassian.com/jira/latest IssueEventBundle")
public interface IssueEventBundle {}
