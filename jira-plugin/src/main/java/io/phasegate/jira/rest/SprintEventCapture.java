package io.phasegate.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.jira.board.SprintEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira Software's sprint events, acted on: every one empties the answer cache on every node, and a
 * start or a close stores the sprint's start or close snapshot (G2), taken at the event. Reading a
 * whole board takes time, so the snapshot is computed on one background thread of this plugin, never
 * in the request that started or closed the sprint; the cache is emptied at once.
 *
 * <p>The background thread has no logged-in user, and Jira Software hands a board only to a user who
 * may see it, so the user who started or closed the sprint and the time are captured at the event, on
 * the thread Jira publishes it on (the user's own when the event is delivered synchronously), and the
 * board is read as that user. An event without a logged-in user (an automation, an asynchronous
 * delivery) leaves the snapshot to the next health request, said once in the log. A failure is logged
 * and never undoes Jira Software's change; the snapshot is then taken by the next health request too.
 */
public final class SprintEventCapture implements SprintEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SprintEventCapture.class);

    private final Answers answers;
    private final JiraAuthenticationContext authentication;
    private final ExecutorService background;
    private final Clock clock;
    private final AtomicBoolean toldNoUser = new AtomicBoolean();

    public SprintEventCapture(Answers answers, JiraAuthenticationContext authentication) {
        this(
                answers,
                authentication,
                Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "phasegate-sprint-snapshots");
                    thread.setDaemon(true);
                    return thread;
                }),
                Clock.systemUTC());
    }

    private SprintEventCapture(
            Answers answers, JiraAuthenticationContext authentication, ExecutorService background, Clock clock) {
        this.answers = answers;
        this.authentication = authentication;
        this.background = background;
        this.clock = clock;
    }

    /** With the given executor for the snapshot work (tests run it in the calling thread) and clock. */
    static SprintEventCapture on(
            ExecutorService background, Clock clock, Answers answers, JiraAuthenticationContext authentication) {
        return new SprintEventCapture(answers, authentication, background, clock);
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
        Instant at = clock.instant();
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            noUser(snapshot, sprintId);
            return;
        }
        try {
            background.execute(() -> take(snapshot, boardId, sprintId, user, at));
        } catch (RejectedExecutionException e) {
            LOG.debug(
                    "Plugin stopping; the next health request takes the {} snapshot of sprint {}", snapshot, sprintId);
        }
    }

    private void noUser(String snapshot, long sprintId) {
        if (toldNoUser.compareAndSet(false, true)) {
            LOG.info(
                    "Jira Software reported the {} of sprint {} with no logged-in user (an automation?), and boards"
                            + " are read as a user: its snapshot is taken by the next health request, as for every"
                            + " such event from now on, which is not logged again (docs/rest/jira.md)",
                    snapshot,
                    sprintId);
        } else {
            LOG.debug("No logged-in user at the {} of sprint {}; the next health request takes it", snapshot, sprintId);
        }
    }

    private void take(String snapshot, long boardId, long sprintId, ApplicationUser user, Instant at) {
        try {
            answers.takeSnapshots(boardId, sprintId, user, at);
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
