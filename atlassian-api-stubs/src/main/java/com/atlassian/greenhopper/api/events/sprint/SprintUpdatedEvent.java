package com.atlassian.greenhopper.api.events.sprint;

import com.atlassian.greenhopper.service.sprint.Sprint;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the event Jira Software publishes after a sprint's data changed (name, dates,
 * goal).
 *
 * <p>Source: JSW 11.1 package summary ("Event published after a sprints data has been changed") and
 * the JSW 11.1 class-use page of Sprint: constructor {@code SprintUpdatedEvent(Sprint sprint, Sprint
 * previousValue)}; the class is in the JSW 10.0.1 package tree. The getter of the previous value is
 * not named on a stored page, so it is not stubbed. {@code getSprint()} is {@link SprintEvent}'s.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/sprint/class-use/Sprint.html",
        note =
                "JSW 11.1: constructor SprintUpdatedEvent(Sprint sprint, Sprint previousValue), implements SprintEvent; "
                        + "listed in https://docs.atlassian.com/jira-software/10.0.1/com/atlassian/greenhopper/api/events/sprint/package-tree.html")
public class SprintUpdatedEvent implements SprintEvent {
    // The stub keeps its argument so tests can build real events; the stub never ships.
    private final Sprint sprint;

    public SprintUpdatedEvent(Sprint sprint, Sprint previousValue) {
        this.sprint = sprint;
    }

    @Override
    public Sprint getSprint() {
        return sprint;
    }
}
