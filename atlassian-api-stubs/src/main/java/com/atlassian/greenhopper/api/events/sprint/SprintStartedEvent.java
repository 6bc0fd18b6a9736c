package com.atlassian.greenhopper.api.events.sprint;

import com.atlassian.greenhopper.service.sprint.Sprint;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the event Jira Software publishes after a sprint's state changed from future to active.
 *
 * <p>Source: what Phasegate's code uses on Jira is the class (an {@code @EventListener} parameter
 * type) and {@link SprintEvent#getSprint()}: the JSW 10.6.0 {@code SprintEvent} page lists this class
 * among its implementing classes, and the JSW 10.0.1 package tree lists it. The constructor is used
 * only by tests to build events and is sourced from the JSW 11.1 class-use page of {@code Sprint}
 * ({@code SprintStartedEvent(Sprint sprint)}); the 10.6.0 pages of its siblings show the same shape
 * ({@code SprintClosedEvent(Sprint)}, {@code SprintCreatedEvent(Sprint)}). No 9.x/10.x page of this
 * class and no compiled public caller was found.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/api/events/sprint/SprintEvent.html",
        note = "Used on Jira: the class and getSprint() - JSW 10.6.0 SprintEvent page lists SprintStartedEvent as an "
                + "implementing class (https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/"
                + "api/events/sprint/SprintEvent.html), JSW 10.0.1 package tree. Test-only constructor "
                + "SprintStartedEvent(Sprint): JSW 11.1 class-use page of Sprint; 'from future to active' per "
                + "the JSW 11.1 package summary")
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
