package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the event Jira publishes when an issue is created, edited, transitioned and
 * so on.
 *
 * <p>Source: {@code DefaultJiraIssueEvent.of(...)} and {@code DefaultJiraSlackEventListener} of
 * atlassian-slack-integration-server@5e676f6 (Jira 10.0.0) call {@code issueEvent.getIssue()},
 * {@code issueEvent.getUser()} (then {@code .getKey()}, so an {@code ApplicationUser}) and
 * {@code issueEvent.getEventTypeId()} (formatted with {@code %d}, a {@code Long}). A class, not an
 * interface: {@code @PublicApi public final class IssueEvent extends AbstractEvent implements
 * IssueRelatedEvent} per the Jira 7.x javadoc (https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html);
 * its supertype and constructors are omitted (Phasegate only receives it), a private constructor
 * hides the implicit public one.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "model/event/DefaultJiraIssueEvent.java",
        note = "Jira 10.0.0: getIssue(), getUser(), getEventTypeId() called; final class kind from Jira 7.x "
                + "javadoc (jira/server); supertype and constructors omitted")
public final class IssueEvent {
    private IssueEvent() {}

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
