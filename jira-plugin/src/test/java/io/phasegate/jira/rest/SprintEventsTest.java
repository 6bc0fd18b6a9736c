package io.phasegate.jira.rest;

import static io.phasegate.jira.board.jsw.JswWorld.MONDAY;
import static io.phasegate.jira.board.jsw.JswWorld.NOW;
import static io.phasegate.jira.board.jsw.JswWorld.day;
import static io.phasegate.jira.board.jsw.JswWorld.entry;
import static io.phasegate.jira.board.jsw.JswWorld.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.greenhopper.api.events.sprint.SprintClosedEvent;
import com.atlassian.greenhopper.api.events.sprint.SprintStartedEvent;
import com.atlassian.greenhopper.api.events.sprint.SprintUpdatedEvent;
import com.atlassian.greenhopper.service.sprint.Sprint;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.snapshot.ClosedIssue;
import io.phasegate.core.snapshot.CommittedIssue;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.jira.board.BoardDataSource;
import io.phasegate.jira.board.JiraSoftwareBoards;
import io.phasegate.jira.board.jsw.JswSprintListener;
import io.phasegate.jira.board.jsw.JswWorld;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Jira Software's sprint events (real event objects around Mockito sprints) through the listener into
 * the answer cache and the snapshot store, over the production Jira Software reader: a start stores
 * the start snapshot at once, a close the close snapshot, and every event empties the cache. The
 * snapshot work runs on the capture's executor (a calling-thread one here), never in the event itself,
 * and reads the board as the user logged in at the event: the tests log them out before the held work
 * runs, as Jira's background thread has no logged-in user.
 */
class SprintEventsTest {
    final JswWorld jira;
    final AtomicReference<Optional<BoardDataSource>> installed = new AtomicReference<>();
    final MemorySnapshotStore snapshots = new MemorySnapshotStore();
    final Answers answers;
    final CallingThreadExecutor executor = new CallingThreadExecutor();
    final SprintEventCapture capture;
    final JswSprintListener listener;
    /** When Jira Software publishes the events: after the starts and closes below, before the answers' clock. */
    static final Instant EVENT = NOW.minusSeconds(30);

    SprintEventsTest() throws SearchException {
        jira = new JswWorld();
        installed.set(Optional.of(jira.boards()));
        answers = new Answers(
                new JiraSoftwareBoards(installed::get),
                new MemoryCacheManager(),
                snapshots,
                mock(ApplicationProperties.class),
                Clock.fixed(NOW, ZoneOffset.UTC));
        capture = SprintEventCapture.on(executor, Clock.fixed(EVENT, ZoneOffset.UTC), answers, jira.authentication());
        listener = new JswSprintListener(capture);
        // PG-4 (3 points) planned into future sprint 11; PG-5 (5 points) in active sprint 10, done on day 1.
        jira.issue(
                "PG-4", "To Do", 3.0, List.of(11L), List.of(entry(day(-2), item("Sprint", "", "", "11", "Sprint 11"))));
        jira.issue(
                "PG-5",
                "Done",
                5.0,
                List.of(10L),
                List.of(
                        entry(day(-1), item("Sprint", "", "", "10", "Sprint 10")),
                        entry(day(1), item("status", "1", "To Do", "10001", "Done"))));
    }

    @Test
    void aSprintStartStoresTheStartSnapshotAtOnceAndEmptiesTheCache() {
        assertThat(state(11)).isEqualTo(SprintState.FUTURE);
        Sprint started = jira.sprint(11, Sprint.State.ACTIVE, NOW.minusSeconds(600), null);

        listener.onStarted(new SprintStartedEvent(started));

        assertThat(snapshots.starts).containsKey(11L);
        assertThat(snapshots.starts.get(11L).issues())
                .extracting(CommittedIssue::key)
                .containsExactly(IssueKey.of("PG-4"));
        assertThat(snapshots.closes).doesNotContainKey(11L);
        assertThat(state(11)).as("cached sprint list dropped").isEqualTo(SprintState.ACTIVE);
    }

    @Test
    void aSprintCloseStoresTheCloseSnapshotAtOnce() {
        assertThat(state(10)).isEqualTo(SprintState.ACTIVE);
        Sprint closed = jira.sprint(10, Sprint.State.CLOSED, MONDAY, NOW.minusSeconds(60));

        listener.onClosed(new SprintClosedEvent(closed));

        assertThat(snapshots.closes).containsKey(10L);
        assertThat(snapshots.closes.get(10L).issues())
                .extracting(ClosedIssue::key)
                .containsExactly(IssueKey.of("PG-5"));
        assertThat(state(10)).isEqualTo(SprintState.CLOSED);
    }

    @Test
    void theUserWhoStartsASprintDoesNotWaitForTheSnapshotButTheCacheIsEmptiedAtOnce() {
        assertThat(state(11)).isEqualTo(SprintState.FUTURE);
        Sprint started = jira.sprint(11, Sprint.State.ACTIVE, NOW.minusSeconds(600), null);
        executor.hold();

        listener.onStarted(new SprintStartedEvent(started));

        assertThat(snapshots.starts).as("board not read in the event").isEmpty();
        assertThat(state(11)).as("cached sprint list dropped").isEqualTo(SprintState.ACTIVE);
        executor.runHeld();
        assertThat(snapshots.starts).containsOnlyKeys(11L);
    }

    @Test
    void theStartSnapshotIsTakenAtTheEventAsTheUserWhoStartedTheSprintThoughTheBackgroundThreadHasNoUser() {
        ApplicationUser starter = mock(ApplicationUser.class);
        jira.loggedIn(starter);
        Sprint started = jira.sprint(11, Sprint.State.ACTIVE, NOW.minusSeconds(600), null);
        executor.hold();
        listener.onStarted(new SprintStartedEvent(started));

        jira.loggedOut();
        executor.runHeld();

        assertThat(snapshots.starts).containsOnlyKeys(11L);
        assertThat(snapshots.starts.get(11L).takenAt()).as("taken at the event").isEqualTo(EVENT);
        assertThat(snapshots.starts.get(11L).issues())
                .extracting(CommittedIssue::key)
                .containsExactly(IssueKey.of("PG-4"));
        verify(jira.boards).getRapidView(starter, 7L);
    }

    @Test
    void theCloseSnapshotIsTakenAtTheEventAsTheUserWhoClosedTheSprintThoughTheBackgroundThreadHasNoUser() {
        ApplicationUser closer = mock(ApplicationUser.class);
        jira.loggedIn(closer);
        Sprint closed = jira.sprint(10, Sprint.State.CLOSED, MONDAY, NOW.minusSeconds(60));
        executor.hold();
        listener.onClosed(new SprintClosedEvent(closed));

        jira.loggedOut();
        executor.runHeld();

        assertThat(snapshots.closes).containsKey(10L);
        assertThat(snapshots.closes.get(10L).takenAt()).as("taken at the event").isEqualTo(EVENT);
        verify(jira.boards).getRapidView(closer, 7L);
    }

    @Test
    void withoutAUserAtTheEventTheNextHealthRequestTakesTheSnapshot() {
        Sprint started = jira.sprint(11, Sprint.State.ACTIVE, NOW.minusSeconds(600), null);
        jira.loggedOut();

        listener.onStarted(new SprintStartedEvent(started));

        assertThat(snapshots.starts).as("no board read without a user").isEmpty();
        assertThat(state(11)).as("cached sprint list dropped").isEqualTo(SprintState.ACTIVE);
        jira.loggedIn(jira.reader);
        answers.health(7, 11, Optional.empty());
        assertThat(snapshots.starts).containsOnlyKeys(11L);
        assertThat(snapshots.starts.get(11L).takenAt())
                .as("taken at the request")
                .isEqualTo(NOW);
    }

    @Test
    void afterThePluginStopsACloseStillEmptiesTheCacheAndStoresNothing() {
        assertThat(state(10)).isEqualTo(SprintState.ACTIVE);
        Sprint closed = jira.sprint(10, Sprint.State.CLOSED, MONDAY, NOW.minusSeconds(60));
        capture.stop();

        listener.onClosed(new SprintClosedEvent(closed));

        assertThat(state(10)).isEqualTo(SprintState.CLOSED);
        assertThat(snapshots.closes).isEmpty();
    }

    @Test
    void aSnapshotStillQueuedWhenThePluginStopsIsAbandoned() {
        Sprint started = jira.sprint(11, Sprint.State.ACTIVE, NOW.minusSeconds(600), null);
        executor.hold();
        listener.onStarted(new SprintStartedEvent(started));

        capture.stop();
        executor.runHeld();

        assertThat(snapshots.starts).isEmpty();
    }

    @Test
    void aSprintEditEmptiesTheCacheAndStoresNothing() {
        assertThat(name(11)).isEqualTo("Sprint 11");
        Sprint renamed = jira.sprint(11, Sprint.State.FUTURE, null, null);
        when(renamed.getName()).thenReturn("Release train");

        listener.onUpdated(new SprintUpdatedEvent(renamed, null));

        assertThat(name(11)).isEqualTo("Release train");
        assertThat(snapshots.starts).isEmpty();
        assertThat(snapshots.closes).isEmpty();
    }

    @Test
    void aStartJiraSoftwareCannotBeReadForIsLoggedAndTheCacheStillEmptied() {
        assertThat(state(11)).isEqualTo(SprintState.FUTURE);
        Sprint started = jira.sprint(11, Sprint.State.ACTIVE, NOW.minusSeconds(600), null);
        installed.set(Optional.empty());

        listener.onStarted(new SprintStartedEvent(started));

        assertThat(snapshots.starts).isEmpty();
        installed.set(Optional.of(jira.boards()));
        assertThat(state(11)).isEqualTo(SprintState.ACTIVE);
    }

    @Test
    void anEventWithoutABoardIsPassedOver() {
        Sprint orphan = mock(Sprint.class);
        when(orphan.getId()).thenReturn(11L);

        listener.onStarted(new SprintStartedEvent(orphan));
        listener.onClosed(new SprintClosedEvent(null));

        assertThat(snapshots.starts).isEmpty();
        assertThat(snapshots.closes).isEmpty();
    }

    private SprintState state(long sprintId) {
        return sprint(sprintId).state();
    }

    private String name(long sprintId) {
        return sprint(sprintId).name();
    }

    private SprintSnapshot sprint(long sprintId) {
        return answers.sprints(7).stream()
                .filter(sprint -> sprint.id() == sprintId)
                .findFirst()
                .orElseThrow();
    }
}
