package io.phasegate.jira.rest;

import io.phasegate.jira.board.SprintEvents;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira Software's sprint events, acted on: every one empties the answer cache on every node, and a
 * start or a close computes the sprint's health at once, which stores its start or close snapshot
 * (G2) at the event rather than at the next request. Reading a whole board takes time, so the
 * health is computed on one background thread of this plugin, never in the request that started or
 * closed the sprint (Jira Software may deliver its events synchronously); the cache is emptied at
 * once. A failure is logged and never undoes Jira Software's change (the snapshot is then taken by
 * the next health request, as without events).
 */
public final class SprintEventCapture implements SprintEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SprintEventCapture.class);

    private final Answers answers;
    private final ExecutorService background;

    public SprintEventCapture(Answers answers) {
        this(answers, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "phasegate-sprint-snapshots");
            thread.setDaemon(true);
            return thread;
        }));
    }

    private SprintEventCapture(Answers answers, ExecutorService background) {
        this.answers = answers;
        this.background = background;
    }

    /** With the given executor for the snapshot work (tests run it in the calling thread). */
    static SprintEventCapture on(ExecutorService background, Answers answers) {
        return new SprintEventCapture(answers, background);
    }

    /** Stops the background thread when the plugin is disabled; a capture under way is abandoned. */
    public void stop() {
        background.shutdownNow();
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
            background.execute(() -> take(snapshot, boardId, sprintId));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug(
                    "Plugin stopping; the next health request takes the {} snapshot of sprint {}", snapshot, sprintId);
        }
    }

    private void take(String snapshot, long boardId, long sprintId) {
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
