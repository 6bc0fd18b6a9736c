package com.atlassian.event.api;

import io.phasegate.stubs.ApiSource;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stub of the annotation that marks an event-handling method of a registered listener;
 * the method's one parameter is the event type it receives. Read at run time by the event bus, so
 * its retention is {@code RUNTIME}.
 *
 * <p>Source: Atlassian's Slack plugin on Jira 10.0.0: {@code @EventListener public void
 * issueEvent(@Nonnull final IssueEventBundle eventBundle)}
 * ({@code service/listener/impl/DefaultJiraSlackEventListener.java}).
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java",
        note = "Slack plugin @5e676f6, Jira 10.0.0: @EventListener on public one-argument methods")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {}
