package io.phasegate.jira.rest;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;

/**
 * Drops cached answers whenever an issue changes (created, edited — estimate, sprint, status —,
 * transitioned, deleted): Jira publishes an {@link IssueEvent} for each. Only the boards located in
 * the issue's project are dropped, on every node; when the project is not known, or the issue was
 * moved (its old project's boards showed it), every answer is. Registered on start and unregistered
 * on stop (Spring {@code init-method}/{@code destroy-method}).
 */
public final class CacheInvalidation {
    /** Jira's {@code EventType.ISSUE_MOVED_ID}. */
    static final long ISSUE_MOVED = 9L;

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
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        Project project = issue == null ? null : issue.getProjectObject();
        String key = project == null ? null : project.getKey();
        Long type = event.getEventTypeId();
        if (key == null || type == null || type == ISSUE_MOVED) {
            answers.invalidateAll();
        } else {
            answers.invalidateProject(key);
        }
    }
}
