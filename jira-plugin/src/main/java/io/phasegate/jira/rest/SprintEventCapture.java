package io.phasegate.jira.rest;

import io.phasegate.jira.board.SprintEvents;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira Software's sprint events, acted on: every one empties the answer cache on every node, and a
 * start or a close computes the sprint's health at once, which stores its start or close snapshot
 * (G2) at the event rather than at the next request. The work runs in the thread that started or
 * closed the sprint; a failure here is logged and never undoes or blocks Jira Software's change
 * (the snapshot is then taken by the next health request, as without events).
 */
public final class SprintEventCapture implements SprintEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SprintEventCapture.class);

    private final Answers answers;

    public SprintEventCapture(Answers answers) {
        this.answers = answers;
    }

    @Override
    public void started(long boardId, long sprintId) {
        capture("start", boardId, sprintId);
    }

    @Override
    public void closed(long boardId, long sprintId) {
        capture("close", boardId, sprintId);
    }

    @Override
    public void updated(long boardId, long sprintId) {
        answers.invalidateAll();
    }

    private void capture(String snapshot, long boardId, long sprintId) {
        answers.invalidateAll();
        try {
            answers.health(boardId, sprintId, Optional.empty());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn(
                    "Could not take the {} snapshot of sprint {} of board {} when Jira Software reported it; the"
                            + " next health request takes it",
                    snapshot,
                    sprintId,
                    boardId,
                    e);
        }
    }
}
