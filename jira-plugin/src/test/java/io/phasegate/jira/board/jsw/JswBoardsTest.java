package io.phasegate.jira.board.jsw;

import static io.phasegate.jira.board.jsw.JswWorld.column;
import static io.phasegate.jira.board.jsw.JswWorld.day;
import static io.phasegate.jira.board.jsw.JswWorld.entry;
import static io.phasegate.jira.board.jsw.JswWorld.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import com.atlassian.greenhopper.model.rapid.EstimationConfig;
import com.atlassian.greenhopper.service.sprint.Sprint;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.Field;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.AssigneeChange;
import io.phasegate.core.sprint.BoardColumn;
import io.phasegate.core.sprint.EstimateChange;
import io.phasegate.core.sprint.FlagChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.ResolutionChange;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.core.sprint.StatusChange;
import io.phasegate.jira.board.BoardReading;
import io.phasegate.jira.board.DataSourceUnavailableException;
import io.phasegate.jira.board.JiraBoard;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.testing.JiraDoubles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Jira Software's boards, columns, estimation, sprints and changelogs as the engine's values. */
class JswBoardsTest {
    private static final JiraMessages ENGLISH =
            new JiraMessages(JiraDoubles.authenticationContext(), org.mockito.Mockito.mock(CustomFieldManager.class));

    /** The warning as an English-speaking caller reads it. */
    private static String english(BoardWarning warning) {
        return ENGLISH.text(warning.message());
    }

    final JswWorld jira;

    JswBoardsTest() throws SearchException {
        jira = new JswWorld();
    }

    @Test
    void boardsCarryTheProjectOfTheirFiltersIssuesAndAnUnknownBoardIsAbsent() {
        jira.issue("PG-1", "To Do", 1.0, List.of(10L), List.of());

        assertThat(jira.boards().boards()).containsExactly(new JiraBoard(7, "PG board", "PG"));
        assertThat(jira.boards().board(7)).contains(new JiraBoard(7, "PG board", "PG"));
        assertThat(jira.boards().board(8)).isEmpty();
    }

    @Test
    void boardVisibilityIsJiraSoftwaresOwnAndUnknownBoardsAreSeenByNobody() {
        ApplicationUser ann = org.mockito.Mockito.mock(ApplicationUser.class);
        ApplicationUser bo = org.mockito.Mockito.mock(ApplicationUser.class);
        jira.hidesBoardFrom(bo);

        assertThat(jira.boards().canSee(ann, 7)).isTrue();
        assertThat(jira.boards().canSee(bo, 7)).isFalse();
        assertThat(jira.boards().canSee(ann, 8)).isFalse();
        assertThat(jira.boards().canSee(null, 7)).isFalse();
    }

    @Test
    void boardsAreListedAndFoundAsTheLoggedInUserSeesThem() {
        jira.issue("PG-1", "To Do", 1.0, List.of(10L), List.of());
        jira.hidesBoardFrom(jira.reader);

        assertThat(jira.boards().boards()).isEmpty();
        assertThat(jira.boards().board(7)).isEmpty();
        assertThatThrownBy(() -> jira.boards().read(7))
                .isInstanceOf(DataSourceUnavailableException.class)
                .hasMessageContaining("Board 7 no longer exists, or Jira Software no longer lets you see it");
    }

    @Test
    void aBoardIsReadAsTheUserGivenWithoutALoggedInUserAndOnlyIfJiraSoftwareLetsThemSeeIt() {
        jira.issue("PG-1", "To Do", 1.0, List.of(10L), List.of());
        ApplicationUser ann = org.mockito.Mockito.mock(ApplicationUser.class);
        ApplicationUser bo = org.mockito.Mockito.mock(ApplicationUser.class);
        jira.hidesBoardFrom(bo);
        jira.loggedOut();

        BoardReading reading = jira.boards().read(7, ann);

        assertThat(reading.layout().name()).isEqualTo("PG board");
        assertThat(reading.issues()).extracting(issue -> issue.key().value()).containsExactly("PG-1");
        org.mockito.Mockito.verify(jira.boards).getRapidView(ann, 7L);
        assertThatThrownBy(() -> jira.boards().read(7, bo)).isInstanceOf(DataSourceUnavailableException.class);
    }

    @Test
    void withoutALoggedInUserNoBoardIsReadAndTheReasonIsSaid() {
        jira.loggedOut();

        assertThatThrownBy(() -> jira.boards().read(7))
                .isInstanceOf(DataSourceUnavailableException.class)
                .hasMessageContaining("no user is logged in")
                .hasMessageContaining("board 7");
        assertThatThrownBy(() -> jira.boards().boards())
                .isInstanceOf(DataSourceUnavailableException.class)
                .hasMessageContaining("the list of boards");
        assertThat(jira.boards().sprints(7)).extracting(SprintSnapshot::id).containsExactly(9L, 10L, 11L);
    }

    @Test
    void columnsAreNamedByStatusAndTheLastColumnWithStatusesIsDone() {
        jira.columns(
                column("To Do", "1"),
                column("In Progress", "3", "404"),
                column("Done", "10001", "1"),
                column("Archive"));

        BoardReading reading = jira.boards().read(7);

        assertThat(reading.config().columns())
                .containsExactly(
                        BoardColumn.of("To Do", "To Do"),
                        BoardColumn.of("In Progress", "In Progress", "404"),
                        BoardColumn.of("Done", "Done"));
        assertThat(reading.config().isDone("Done")).isTrue();
        assertThat(reading.config().isDone("In Progress")).isFalse();
        assertThat(reading.config().isInProgress("In Progress")).isTrue();
        assertThat(reading.layout().columns()).hasSize(3);
        assertThat(reading.warnings())
                .extracting(JswBoardsTest::english)
                .anyMatch(text -> text.contains("maps status 404, which Jira does not know"))
                .anyMatch(text -> text.contains("\"To Do\" is mapped to two board columns"));
    }

    @Test
    void aBoardWithoutAnyMappedStatusCannotBeRead() {
        jira.columns(column("Backlog"), column("Done"));

        assertThatThrownBy(() -> jira.boards().read(7))
                .isInstanceOf(DataSourceUnavailableException.class)
                .hasMessageContaining("Board 7 has no column with a status");
    }

    @Test
    void storyPointsComeFromTheBoardsFieldAndItsChangelog() {
        jira.issue(
                "PG-1",
                "To Do",
                5.0,
                List.of(10L),
                List.of(
                        entry(day(1), item("Story Points", null, "3", null, "5.0")),
                        entry(day(2), item("Story Points (old)", null, "1", null, "2"))));

        BoardReading reading = jira.boards().read(7);

        IssueHistory issue = reading.issues().get(0);
        assertThat(issue.estimate()).isEqualTo(new BigDecimal("5"));
        assertThat(issue.changes())
                .containsExactly(new EstimateChange(day(1), new BigDecimal("3"), new BigDecimal("5")));
        assertThat(reading.layout().estimationField()).isEqualTo("customfield_10016");
        assertThat(reading.config().estimationField().id()).isEqualTo("customfield_10016");
    }

    @Test
    void issueCountBoardsCountOnePerIssueWithOrWithoutSubtasks() {
        Issue subtask = jira.issue("PG-2", "To Do", null, List.of(10L), List.of());
        when(subtask.isSubTask()).thenReturn(true);
        jira.issue("PG-1", "To Do", 8.0, List.of(10L), List.of());

        jira.estimation(new EstimationConfig(EstimationConfig.Type.ISSUE_COUNT, null));
        assertThat(jira.boards().read(7).issues())
                .extracting(IssueHistory::estimate)
                .containsExactly(BigDecimal.ONE, BigDecimal.ONE);

        jira.estimation(new EstimationConfig(EstimationConfig.Type.ISSUE_COUNT_EXCL_SUBS, null));
        BoardReading reading = jira.boards().read(7);
        assertThat(reading.issues()).extracting(IssueHistory::estimate).containsExactly(null, BigDecimal.ONE);
        assertThat(reading.layout().estimationField()).isEqualTo("issueCount");
    }

    @Test
    void boardsWithoutEstimationOrWithASystemFieldReadNoEstimates() {
        jira.issue("PG-1", "To Do", 8.0, List.of(10L), List.of());

        jira.estimation(new EstimationConfig(EstimationConfig.Type.NONE, null));
        BoardReading none = jira.boards().read(7);
        assertThat(none.issues().get(0).estimate()).isNull();
        assertThat(none.layout().estimationField()).isEqualTo("none");

        Field originalEstimate = JiraDoubles.customField("timeoriginalestimate", "Original Estimate");
        jira.estimation(new EstimationConfig(EstimationConfig.Type.JIRA_FIELD, originalEstimate));
        BoardReading system = jira.boards().read(7);
        assertThat(system.issues().get(0).estimate()).isNull();
        assertThat(system.warnings())
                .extracting(JswBoardsTest::english)
                .anyMatch(text -> text.contains("reads only custom number fields"));
    }

    @Test
    void aDeletedEstimationFieldIsReportedAndReadAsNotEstimated() {
        when(jira.customFields.getCustomFieldObject("customfield_10016")).thenReturn(null);
        jira.issue("PG-1", "To Do", 8.0, List.of(10L), List.of());

        BoardReading reading = jira.boards().read(7);

        assertThat(reading.issues().get(0).estimate()).isNull();
        assertThat(reading.warnings())
                .extracting(JswBoardsTest::english)
                .anyMatch(text -> text.contains("customfield_10016 no longer exists"));
    }

    @Test
    void sprintsKeepStatesAndTheirPlannedActivatedAndCompleteDates() {
        Sprint broken = jira.sprint(12, Sprint.State.ACTIVE, null, null); // started without dates: unusable

        List<SprintSnapshot> sprints = jira.boards().sprints(7);

        assertThat(broken.getId()).isEqualTo(12L);
        assertThat(sprints).extracting(SprintSnapshot::id).containsExactly(9L, 10L, 11L);
        SprintSnapshot closed = sprints.get(0);
        assertThat(closed.state()).isEqualTo(SprintState.CLOSED);
        assertThat(closed.actualStart()).isEqualTo(day(-14));
        assertThat(closed.startDate()).isEqualTo(day(-14).minusSeconds(3_600));
        assertThat(closed.completeDate()).isEqualTo(day(-3));
        assertThat(sprints.get(1).state()).isEqualTo(SprintState.ACTIVE);
        assertThat(sprints.get(1).completeDate()).isNull();
        assertThat(sprints.get(2).state()).isEqualTo(SprintState.FUTURE);
        assertThat(sprints.get(2).startDate()).isNull();
        assertThat(sprints).allMatch(sprint -> sprint.boardId() == 7);
    }

    @Test
    void changelogsBecomeTheEnginesChanges() {
        Issue issue = jira.issue(
                "PG-1",
                "Done",
                3.0,
                List.of(9L, 10L),
                List.of(
                        entry(day(-10), item("Sprint", "", "", "9", "Sprint 9")),
                        entry(day(-3), item("Sprint", "9", "Sprint 9", "9, 10", "Sprint 9, Sprint 10")),
                        entry(
                                day(0),
                                item("assignee", null, "", "ann", "Ann Lee"),
                                item("Flagged", null, "", null, "Impediment")),
                        entry(
                                day(1),
                                item("Flagged", null, "Impediment", null, ""),
                                item("status", "1", "Open", "3", "In Progress")),
                        entry(
                                day(2),
                                item("status", "3", "In Progress", "10001", "Done"),
                                item("resolution", null, "", "10000", "Done"))));
        jira.resolved(issue, "Done");
        jira.assigned(issue, "Ann Lee");

        IssueHistory history = jira.boards().read(7).issues().get(0);

        assertThat(history.key()).isEqualTo(IssueKey.of("PG-1"));
        assertThat(history.sprintIds()).containsExactlyInAnyOrder(9L, 10L);
        assertThat(history.resolution()).isEqualTo("Done");
        assertThat(history.assignee()).isEqualTo("Ann Lee");
        assertThat(history.created()).as("moved back to the first change").isEqualTo(day(-10));
        assertThat(history.changes())
                .containsExactly(
                        new SprintChange(day(-10), Set.of(), Set.of(9L)),
                        new SprintChange(day(-3), Set.of(9L), Set.of(9L, 10L)),
                        new AssigneeChange(day(0), null, "Ann Lee"),
                        new FlagChange(day(0), false, true),
                        new FlagChange(day(1), true, false),
                        new StatusChange(day(1), "To Do", "In Progress"),
                        new StatusChange(day(2), "In Progress", "Done"),
                        new ResolutionChange(day(2), null, "Done"));
    }

    @Test
    void statusesJiraNoLongerHasKeepTheirChangelogNameAndUnreadableItemsAreReported() {
        jira.issue(
                "PG-1",
                "Waiting",
                null,
                List.of(10L),
                List.of(
                        entry(
                                day(1),
                                item("status", "77", "Gone", "10002", "Waiting"),
                                item("status", null, "", null, "")),
                        entry(
                                day(2),
                                item("Sprint", "Sprint 3", "Sprint 3", "10", "Sprint 10"),
                                item("Story Points", null, "lots", null, "8"))));

        BoardReading reading = jira.boards().read(7);

        assertThat(reading.issues().get(0).changes()).containsExactly(new StatusChange(day(1), "Gone", "Waiting"));
        assertThat(reading.warnings())
                .filteredOn(warning -> IssueKey.of("PG-1").equals(warning.issue()))
                .extracting(JswBoardsTest::english)
                .anyMatch(text -> text.contains("names no status"))
                .anyMatch(text -> text.contains("does not list sprint ids"))
                .anyMatch(text -> text.contains("\"lots\" to \"8\" is not a number"))
                .anyMatch(text -> text.contains("status \"Waiting\" is on no board column"))
                .anyMatch(text -> text.contains("status \"Gone\" is on no board column"));
    }

    @Test
    void changesBeforeCreationMoveTheCreationBack() {
        jira.issue(
                "PG-1",
                "In Progress",
                null,
                List.of(),
                List.of(entry(day(-5), item("status", "1", "To Do", "3", "In Progress"))));

        BoardReading reading = jira.boards().read(7);

        assertThat(reading.issues().get(0).created()).isEqualTo(day(-5));
        assertThat(reading.warnings())
                .extracting(JswBoardsTest::english)
                .anyMatch(t -> t.contains("an imported issue?"));
    }

    @Test
    void theReadingCarriesTheCurrentIssuesAndAReadinessGateOnTheEstimationField() {
        jira.issue("PG-1", "To Do", 5.0, List.of(10L), List.of());

        BoardReading reading = jira.boards().read(7);

        assertThat(reading.current()).containsOnlyKeys(IssueKey.of("PG-1"));
        assertThat(reading.readiness().fieldsRead())
                .extracting(Object::toString)
                .contains("customfield_10016");
        assertThat(reading.sprints().sprints()).extracting(SprintSnapshot::id).containsExactly(9L, 10L, 11L);
    }

    @Test
    void aBoardWhoseFilterOrSearchFailsCannotBeRead() throws SearchException {
        when(jira.board.getSavedFilterId()).thenReturn(101L);
        assertThatThrownBy(() -> jira.boards().read(7))
                .isInstanceOf(DataSourceUnavailableException.class)
                .hasMessageContaining("saved filter 101 cannot be read");

        when(jira.board.getSavedFilterId()).thenReturn(100L);
        when(jira.search.searchOverrideSecurity(isNull(), any(), any())).thenThrow(new SearchException());
        assertThatThrownBy(() -> jira.boards().read(7))
                .isInstanceOf(DataSourceUnavailableException.class)
                .hasMessageContaining("could not search the board's filter 100");

        when(jira.board.getSavedFilterId()).thenReturn(null);
        assertThatThrownBy(() -> jira.boards().read(7)).hasMessageContaining("has no saved filter");
        assertThatThrownBy(() -> jira.boards().read(8)).hasMessageContaining("Board 8 no longer exists");
    }

    @Test
    void jiraSoftwareRefusingItsBoardListCannotBeRead() {
        com.atlassian.greenhopper.service.ServiceOutcome<List<com.atlassian.greenhopper.model.rapid.RapidView>>
                refused = JswWorld.invalid();
        when(jira.boards.getRapidViews(jira.reader)).thenReturn(refused);

        assertThatThrownBy(() -> jira.boards().boards())
                .isInstanceOf(DataSourceUnavailableException.class)
                .hasMessageContaining("refused to give the list of boards");
    }
}
