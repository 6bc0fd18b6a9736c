package io.phasegate.jira.board.jsw;

import com.atlassian.event.api.EventListener;
import com.atlassian.greenhopper.api.events.sprint.SprintClosedEvent;
import com.atlassian.greenhopper.api.events.sprint.SprintEvent;
import com.atlassian.greenhopper.api.events.sprint.SprintStartedEvent;
import com.atlassian.greenhopper.api.events.sprint.SprintUpdatedEvent;
import com.atlassian.greenhopper.service.sprint.Sprint;
import io.phasegate.jira.board.SprintEvents;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira Software's sprint events ({@code com.atlassian.greenhopper.api.events.sprint}), handed on as
 * board and sprint ids. The board is the one the sprint was created on ({@code getRapidViewId()}),
 * the board that owns it in Phasegate's sprint lists. An event without a sprint, board or id is
 * logged and passed over.
 */
public final class JswSprintListener {
    private static final Logger LOG = LoggerFactory.getLogger(JswSprintListener.class);

    private final SprintEvents handler;

    public JswSprintListener(SprintEvents handler) {
        this.handler = handler;
    }

    @EventListener
    public void onStarted(SprintStartedEvent event) {
        pass(event, handler::started);
    }

    @EventListener
    public void onClosed(SprintClosedEvent event) {
        pass(event, handler::closed);
    }

    @EventListener
    public void onUpdated(SprintUpdatedEvent event) {
        pass(event, handler::updated);
    }

    private static void pass(SprintEvent event, BiConsumer<Long, Long> to) {
        Sprint sprint = event.getSprint();
        if (sprint == null || sprint.getId() == null || sprint.getRapidViewId() == null) {
            LOG.warn(
                    "Jira Software sent a {} without a sprint, sprint id or board id; ignored",
                    event.getClass().getSimpleName());
            return;
        }
        to.accept(sprint.getRapidViewId(), sprint.getId());
    }
}
