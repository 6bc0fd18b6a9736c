package io.phasegate.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasegate.contract.HealthJson;
import io.phasegate.contract.Visibility;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.jira.board.BoardReading;
import io.phasegate.jira.board.DataSourceUnavailableException;
import io.phasegate.jira.i18n.JiraMessages;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/**
 * The answer caches as a Jira node runs them: one reading per board however many answers are
 * derived, invalidation limited to the changed issue's project, a bounded number of answers per
 * board, and failures inside the cache's loader reaching the caller with their own status.
 */
class AnswersCacheTest {
    private static final JiraMessages ENGLISH = new JiraMessages(
            io.phasegate.jira.testing.JiraDoubles.authenticationContext(),
            org.mockito.Mockito.mock(com.atlassian.jira.issue.CustomFieldManager.class));

    static final ObjectMapper JSON = new ObjectMapper();

    final MemoryCacheManager caches = new MemoryCacheManager();
    final MemorySnapshotStore snapshots = new MemorySnapshotStore();
    final Clock clock = Clock.fixed(Fixture.NOW, ZoneOffset.UTC);

    @Test
    void healthAndCoverageOfABoardComeFromOneReading() {
        Fixture boards = new Fixture();
        Answers answers = new Answers(boards, caches, snapshots, null, clock);

        answers.health(7, 10, Optional.empty());
        answers.health(7, 10, Optional.of(new BigDecimal("20")));
        answers.coverage(7, Optional.of(Fixture.ACTIVE));
        answers.coverage(7, Optional.empty());

        assertThat(boards.readings.get()).isEqualTo(1);
    }

    @Test
    void anIssueEventDropsOnlyTheBoardsOfTheIssuesProject() {
        Fixture boards = new Fixture();
        Answers answers = new Answers(boards, caches, snapshots, null, clock);
        CacheInvalidation invalidation = new CacheInvalidation(mock(EventPublisher.class), answers);
        answers.health(7, 10, Optional.empty());

        invalidation.onIssueEvent(event("SECRET", 2L));
        answers.health(7, 10, Optional.empty());
        assertThat(boards.readings.get())
                .as("a change in SECRET keeps PG's board")
                .isEqualTo(1);

        invalidation.onIssueEvent(event("PG", 2L));
        answers.health(7, 10, Optional.empty());
        assertThat(boards.readings.get())
                .as("a change in PG re-reads PG's board")
                .isEqualTo(2);
    }

    @Test
    void aMovedIssueOrAnEventWithoutProjectDropsEveryBoard() {
        Fixture boards = new Fixture();
        Answers answers = new Answers(boards, caches, snapshots, null, clock);
        CacheInvalidation invalidation = new CacheInvalidation(mock(EventPublisher.class), answers);
        answers.health(7, 10, Optional.empty());

        invalidation.onIssueEvent(event("SECRET", CacheInvalidation.ISSUE_MOVED));
        answers.health(7, 10, Optional.empty());
        invalidation.onIssueEvent(mock(IssueEvent.class));
        answers.health(7, 10, Optional.empty());

        assertThat(boards.readings.get()).isEqualTo(3);
    }

    @Test
    void aBoardKeepsABoundedNumberOfAnswersWhateverCapacitiesCallersTry() {
        Fixture boards = new Fixture();
        BoardAnswers board =
                new BoardAnswers(7, boards.read(7), new BoardAnswers.Context(snapshots, clock, () -> null));

        for (int capacity = 0; capacity < 3 * BoardAnswers.MAX_ANSWERS; capacity++) {
            board.health(10, Optional.of(BigDecimal.valueOf(capacity)));
        }

        assertThat(board.remembered()).isEqualTo(BoardAnswers.MAX_ANSWERS);
    }

    @Test
    void anUnreadableBoardIsA503EvenThoughTheCacheWrapsTheLoadersException() throws IOException {
        Fixture unreadable = new Fixture() {
            @Override
            public BoardReading read(long boardId) {
                throw new DataSourceUnavailableException("phasegate.rest.unavailable.not-installed");
            }
        };
        Answers answers = new Answers(unreadable, caches, snapshots, null, clock);

        Response response = Responses.answer(
                ENGLISH,
                () -> HealthJson.bytes(answers.health(7, 10, Optional.empty()), Visibility.ALL, String::valueOf));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(error(response).get("code").asText()).isEqualTo("data-source-unavailable");
    }

    @Test
    void aSprintThatLeftTheBoardSinceTheSprintListWasReadIsNotFound() throws IOException {
        SprintSnapshot moved =
                new SprintSnapshot(12, "Sprint 12", SprintState.ACTIVE, Fixture.MONDAY, null, Fixture.day(11), null, 7);
        Fixture boards = new Fixture() {
            @Override
            public List<SprintSnapshot> sprints(long boardId) {
                return List.of(Fixture.ACTIVE, Fixture.FUTURE, moved);
            }
        };
        Answers answers = new Answers(boards, caches, snapshots, null, clock);

        Response response = Responses.answer(
                ENGLISH,
                () -> HealthJson.bytes(answers.health(7, 12, Optional.empty()), Visibility.ALL, String::valueOf));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(error(response).get("code").asText()).isEqualTo("sprint-not-found");
        assertThat(error(response).get("message").asText()).isEqualTo("The board has no sprint 12");
    }

    private static IssueEvent event(String projectKey, long type) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        Issue issue = mock(Issue.class);
        when(issue.getProjectObject()).thenReturn(project);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }

    private static JsonNode error(Response response) throws IOException {
        return JSON.readTree((byte[]) response.getEntity()).get("error");
    }
}
