package io.phasegate.jira.rest;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEventBundle;

/**
 * Empties the answer cache on every node whenever an issue changes (created, edited — estimate,
 * sprint, status — transitioned, moved, deleted): Jira publishes an {@link IssueEventBundle} for
 * each. Registered on start and unregistered on stop (Spring {@code init-method}/{@code
 * destroy-method}).
 */
public final class CacheInvalidation {
    private final EventPublisher events;
    private final Answers answers;

    public CacheInvalidation(EventPublisher events, Answers answers) {
        this.events = events;
        this.answers = answers;
    }

    public void start() {
        events.register(this);
    }

    public void stop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEventBundle event) {
        answers.invalidateAll();
    }
}
