package com.atlassian.greenhopper.api.events.sprint;

import com.atlassian.greenhopper.service.sprint.Sprint;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the event Jira Software publishes after a sprint's state changed from future to active.
 *
 * <p>Source: JSW 11.1 package summary: 'Event published after a sprints state field has been changed from future to active'; constructor SprintStartedEvent(Sprint) in the JSW 11.1 class-use page of Sprint; class listed in the JSW 10.0.1 package tree. {@code getSprint()} is {@link SprintEvent}'s.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/sprint/class-use/Sprint.html",
        note =
                "JSW 11.1 package summary: 'Event published after a sprints state field has been changed from future to active'; constructor SprintStartedEvent(Sprint) in the JSW 11.1 class-use page of Sprint; class listed in the JSW 10.0.1 package tree")
public class SprintStartedEvent implements SprintEvent {
    // The stub keeps its argument so tests can build real events; the stub never ships.
    private final Sprint sprint;

    public SprintStartedEvent(Sprint sprint) {
        this.sprint = sprint;
    }

    @Override
    public Sprint getSprint() {
        return sprint;
    }
}
