package com.atlassian.greenhopper.api.events.sprint;

import com.atlassian.greenhopper.service.sprint.Sprint;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the interface of Jira Software's sprint events ({@code @PublicApi}).
 *
 * <p>Source: JSW 10.6.0 javadoc: "All Known Implementing Classes: SprintClosedEvent,
 * SprintCreatedEvent, SprintDeletedEvent, SprintStartedEvent, SprintUpdatedEvent"; method detail
 * {@code Sprint getSprint()}. The 10.0.1 package tree lists the same five classes and this interface.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/api/events/sprint/SprintEvent.html",
        note =
                "JSW 10.6.0: @PublicApi public interface SprintEvent, Sprint getSprint(); package tree in "
                        + "https://docs.atlassian.com/jira-software/10.0.1/com/atlassian/greenhopper/api/events/sprint/package-tree.html")
public interface SprintEvent {

    /** The sprint the event is about. */
    Sprint getSprint();
}
