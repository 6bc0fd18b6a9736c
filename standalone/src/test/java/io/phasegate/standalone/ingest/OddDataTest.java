package io.phasegate.standalone.ingest;

import static io.phasegate.standalone.ingest.OddBoard.changelog;
import static io.phasegate.standalone.ingest.OddBoard.history;
import static io.phasegate.standalone.ingest.OddBoard.issue;
import static io.phasegate.standalone.ingest.OddBoard.item;
import static io.phasegate.standalone.ingest.OddBoard.search;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.StatusChange;
import io.phasegate.standalone.health.HealthJsonParts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd but readable Jira data never stops a run: it becomes warnings that name the issue. */
class OddDataTest {
    private static final String SPRINT_1 = ",\"customfield_10005\":[\"com.atlassian.greenhopper.service.sprint."
            + "Sprint@1[id=1,rapidViewId=7,state=CLOSED,name=Sprint 1,startDate=x,endDate=y,sequence=1]\"]";

    @TempDir
    Path dir;

    private BoardData read(String... issues) {
        return DataDirectory.read(OddBoard.write(dir, search(issues)));
    }

    private static IssueHistory issueOf(BoardData board, String key) {
        return board.issues().stream()
                .filter(issue -> issue.key().value().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(BoardData board, long sprint) {
        return board.warningsFor(sprint).stream()
                .map(warning -> warning.render(HealthJsonParts.ENGLISH))
                .toList();
    }

    @Test
    void truncatedChangelogIsWarnedAbout() {
        String truncated = "{\"startAt\":0,\"maxResults\":1,\"total\":140,\"histories\":["
                + history("2026-01-06T10:00:00.000+0000", item("Sprint", "", "", "1", "Sprint 1")) + "]}";
        BoardData board = read(issue("PG-1", "10000", "To Do", SPRINT_1, truncated));

        assertThat(texts(board, 1)).anySatisfy(text -> assertThat(text)
                .startsWith("PG-1: the changelog has 140 histories but the response holds only 1")
                .contains("may be incomplete"));
    }

    @Test
    void issueWithoutCreatedOrStatusIsStillRead() {
        String bare = "{\"key\":\"PG-2\",\"fields\":{\"customfield_10005\":null},\"changelog\":"
                + changelog(history("2026-01-06T10:00:00.000+0000", item("Sprint", "", "", "1", "Sprint 1"))) + "}";
        BoardData board = read(bare);

        IssueHistory issue = issueOf(board, "PG-2");
        assertThat(issue.status()).isEqualTo("Unknown");
        assertThat(issue.issueType()).isEqualTo("Unknown");
        assertThat(texts(board, 1))
                .anySatisfy(
                        text -> assertThat(text).startsWith("PG-2: has no fields.created; taken as its first change"))
                .anySatisfy(text -> assertThat(text).contains("PG-2: (issues.json /issues/0) has no status"));
    }

    @Test
    void renamedSprintIsMatchedByIdAndWarnedAbout() {
        String renamed = ",\"customfield_10005\":[\"com.atlassian.greenhopper.service.sprint.Sprint@1[id=1,"
                + "rapidViewId=7,state=CLOSED,name=Kick-off, part 1,startDate=x,sequence=1]\"]";
        BoardData board = read(issue("PG-3", "10000", "To Do", renamed, changelog()));

        assertThat(issueOf(board, "PG-3").sprintIds()).containsExactly(1L);
        assertThat(texts(board, 1))
                .contains("sprint 1 is \"Sprint 1\" in the sprint list but [Kick-off, part 1] "
                        + "in issues' Sprint field (renamed?); sprints are matched by id");
    }

    @Test
    void oldChangelogNamingSprintsIsMappedByName() {
        String byName = changelog(
                history("2026-01-06T10:00:00.000+0000", item("Sprint", null, null, null, "Sprint 1, Sprint 9")));
        BoardData board = read(issue("PG-4", "10000", "To Do", SPRINT_1, byName));

        SprintChange change =
                issueOf(board, "PG-4").changesOf(SprintChange.class).get(0);
        assertThat(change.to()).containsExactly(1L);
        assertThat(texts(board, 1)).anySatisfy(text -> assertThat(text)
                .startsWith("PG-4: the Sprint change at 2026-01-06T10:00:00Z names sprint \"Sprint 9\""));
    }

    @Test
    void statusesRewrittenByAMigrationAreWarnedAbout() {
        String migrated = changelog(
                history("2026-01-06T10:00:00.000+0000", item("status", "10000", "To Do", "10400", "Doing")),
                history("2026-01-08T10:00:00.000+0000", item("status", "3", "In Progress", "10001", "Done")));
        BoardData board = read(issue("PG-5", "3", "In Progress", SPRINT_1, migrated));

        assertThat(texts(board, 1))
                .contains("PG-5: the status history jumps from \"Doing\" to a change from \"In Progress\" at "
                        + "2026-01-08T10:00:00Z (a workflow migration?)")
                .contains("PG-5: the status history ends at \"Done\" but the issue is now \"In Progress\" (a "
                        + "workflow migration or a cut changelog?); replayed from the history")
                .contains("PG-5: status \"Doing\" is on no board column: while in it the issue counts 0 points");
    }

    @Test
    void issueInSeveralSprintsKeepsThemAll() {
        String both = ",\"customfield_10005\":[{\"id\":1,\"name\":\"Sprint 1\",\"state\":\"closed\",\"boardId\":7},"
                + "{\"id\":2,\"name\":\"Sprint 2\",\"state\":\"active\",\"boardId\":7}]";
        BoardData board = read(issue("PG-6", "10000", "To Do", both, changelog()));

        assertThat(issueOf(board, "PG-6").sprintIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(texts(board, 2)).noneMatch(text -> text.startsWith("PG-6"));
    }

    @Test
    void unreadableValuesAreSkippedWithAWarning() {
        String odd = changelog(
                history("not a time", item("status", "10000", "To Do", "3", "In Progress")),
                history("2026-01-07T10:00:00.000+0000", item("Story Points", null, "3", null, "lots")));
        BoardData board = read(
                issue("PG-7", "10000", "To Do", SPRINT_1 + ",\"customfield_10002\":3.0", odd),
                issue("pg 8", "10000", "To Do", SPRINT_1, changelog()));

        assertThat(issueOf(board, "PG-7").estimate()).isEqualByComparingTo(BigDecimal.valueOf(3));
        assertThat(issueOf(board, "PG-7").changes()).isEmpty();
        assertThat(texts(board, 1))
                .anySatisfy(text -> assertThat(text)
                        .startsWith("PG-7: /issues/0/changelog/histories/0/created is " + "\"not a time\""))
                .anySatisfy(text -> assertThat(text).contains("from \"3\" to \"lots\" is not a number; ignored"))
                .contains("issues.json /issues/1 has key \"pg 8\", which is not an issue key; the issue is skipped");
        assertThat(board.issues()).hasSize(1);
    }

    @Test
    void changesBeforeCreationMoveTheCreation() {
        String early = changelog(
                history("2025-12-01T10:00:00.000+0000", item("status", "10000", "To Do", "3", "In Progress")));
        BoardData board = read(issue("PG-9", "3", "In Progress", SPRINT_1, early));

        assertThat(issueOf(board, "PG-9").created()).hasToString("2025-12-01T10:00:00Z");
        assertThat(texts(board, 1)).anySatisfy(text -> assertThat(text).contains("(an imported issue?)"));
    }

    @Test
    void withoutNamesTheSprintFieldIsGuessedByItsValues() {
        String issues = "[" + issue("PG-10", "10000", "To Do", SPRINT_1, changelog()) + "]";
        BoardData board = DataDirectory.read(OddBoard.write(dir, issues));

        assertThat(issueOf(board, "PG-10").sprintIds()).containsExactly(1L);
        assertThat(texts(board, 1))
                .contains("the issues carry no \"names\" (fetch them with expand=names); the "
                        + "Sprint field is taken to be customfield_10005, whose values look like it");
    }

    @Test
    void statusesKnownOnlyByIdAreMatchedById() {
        BoardData board = read(issue("PG-11", "10000", "To Do", SPRINT_1, changelog()));

        assertThat(board.columns().get(2).statuses()).containsExactly("10001");
        assertThat(texts(board, 1))
                .contains("board column \"Done\" maps status 10001, whose name neither "
                        + "statuses.json nor any issue tells; it is matched by id");
    }

    @Test
    void statusChangesUseTheCurrentNameOfTheirId() {
        String renamed =
                changelog(history("2026-01-06T10:00:00.000+0000", item("status", "10000", "Open", "3", "In Work")));
        BoardData board = read(
                issue("PG-12", "3", "In Progress", SPRINT_1, renamed),
                issue("PG-13", "10000", "To Do", SPRINT_1, changelog()));

        StatusChange change =
                issueOf(board, "PG-12").changesOf(StatusChange.class).get(0);
        assertThat(Set.of(change.from(), change.to())).containsExactlyInAnyOrder("To Do", "In Progress");
    }
}
