package com.atlassian.greenhopper.api.events.sprint;

import com.atlassian.greenhopper.service.sprint.Sprint;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the event Jira Software publishes after a sprint's state changed from active to closed.
 *
 * <p>Source: JSW 10.6.0: @PublicApi public class SprintClosedEvent implements SprintEvent, 'Event published after a sprints state field has been changed from active to closed', constructor SprintClosedEvent(Sprint), since 7.1.0. {@code getSprint()} is {@link SprintEvent}'s.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/api/events/sprint/SprintClosedEvent.html",
        note =
                "JSW 10.6.0: @PublicApi public class SprintClosedEvent implements SprintEvent, 'Event published after a sprints state field has been changed from active to closed', constructor SprintClosedEvent(Sprint), since 7.1.0")
public class SprintClosedEvent implements SprintEvent {
    // The stub keeps its argument so tests can build real events; the stub never ships.
    private final Sprint sprint;

    public SprintClosedEvent(Sprint sprint) {
        this.sprint = sprint;
    }

    @Override
    public Sprint getSprint() {
        return sprint;
    }
}
