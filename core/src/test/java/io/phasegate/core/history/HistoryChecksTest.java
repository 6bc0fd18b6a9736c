package io.phasegate.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.StatusChange;
import io.phasegate.core.testing.EnglishTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every board reader tells about an odd history, in the English texts users read. */
class HistoryChecksTest {
    private static final IssueKey PG_5 = IssueKey.of("PG-5");
    private static final Instant JAN_2 = Instant.parse("2026-01-02T10:00:00Z");
    private static final Instant JAN_6 = Instant.parse("2026-01-06T10:00:00Z");
    private static final Instant JAN_8 = Instant.parse("2026-01-08T10:00:00Z");
    private static final HistoryChecks BOARD = new HistoryChecks(Set.of("To Do", "In Progress", "Done"));

    private final List<BoardWarning> found = new ArrayList<>();

    @Test
    void aMigratedStatusHistoryIsToldStepByStep() {
        List<IssueChange> changes =
                List.of(new StatusChange(JAN_6, "To Do", "Doing"), new StatusChange(JAN_8, "In Progress", "Done"));

        BOARD.statuses(PG_5, "In Progress", changes, found::add);

        assertThat(texts())
                .containsExactly(
                        "PG-5: the status history jumps from \"Doing\" to a change from \"In Progress\" at "
                                + "2026-01-08T10:00:00Z (a workflow migration?)",
                        "PG-5: the status history ends at \"Done\" but the issue is now \"In Progress\" (a workflow"
                                + " migration or a cut changelog?); replayed from the history",
                        "PG-5: status \"Doing\" is on no board column: while in it the issue counts 0 points");
        assertThat(found)
                .extracting(BoardWarning::code)
                .containsExactly(
                        "phasegate.warning.history.status-jump",
                        "phasegate.warning.history.status-ends-elsewhere",
                        "phasegate.warning.history.status-unmapped");
    }

    @Test
    void aCurrentStatusOnNoColumnIsToldOnce() {
        BOARD.statuses(PG_5, "Waiting", List.of(new StatusChange(JAN_6, "Waiting", "Waiting")), found::add);

        assertThat(texts())
                .containsExactly(
                        "PG-5: status \"Waiting\" is on no board column: while in it the issue counts 0 points");
    }

    @Test
    void aCleanHistoryIsNotWarnedAbout() {
        IssueHistory clean = history(
                "Done",
                Set.of(2L),
                new SprintChange(JAN_6, Set.of(), Set.of(2L)),
                new StatusChange(JAN_8, "To Do", "Done"));

        BOARD.check(clean, found::add);

        assertThat(found).isEmpty();
    }

    @Test
    void aSprintHistoryThatMissesTheFieldNamesBothSortedById() {
        IssueHistory moved = history("To Do", Set.of(12L, 3L), new SprintChange(JAN_6, Set.of(), Set.of(7L, 2L)));

        BOARD.check(moved, found::add);

        assertThat(texts())
                .containsExactly("PG-5: the Sprint history ends at [2, 7] but the Sprint field now holds [3, 12];"
                        + " replayed from the history");
    }

    @Test
    void changesBeforeTheCreationMoveIt() {
        Instant created =
                HistoryChecks.created(PG_5, JAN_6, List.of(new StatusChange(JAN_2, "To Do", "Done")), found::add);

        assertThat(created).isEqualTo(JAN_2);
        assertThat(texts())
                .containsExactly("PG-5: has changes before its creation at 2026-01-06T10:00:00Z (an imported issue?);"
                        + " it is taken as created at 2026-01-02T10:00:00Z");
    }

    @Test
    void aMissingCreationIsTheFirstChangeOrUnknown() {
        Instant fromChange =
                HistoryChecks.created(PG_5, null, List.of(new StatusChange(JAN_6, "To Do", "Done")), found::add);
        Instant unknown = HistoryChecks.created(PG_5, null, List.of(), found::add);

        assertThat(fromChange).isEqualTo(JAN_6);
        assertThat(unknown).isNull();
        assertThat(texts()).containsExactly("PG-5: has no fields.created; taken as its first change at " + JAN_6);
    }

    @Test
    void aRecordedCreationBeforeTheChangesStands() {
        assertThat(HistoryChecks.created(PG_5, JAN_2, List.of(new StatusChange(JAN_6, "To Do", "Done")), found::add))
                .isEqualTo(JAN_2);
        assertThat(found).isEmpty();
    }

    private List<String> texts() {
        return found.stream()
                .map(warning -> warning.render(EnglishTexts::render))
                .toList();
    }

    private static IssueHistory history(String status, Set<Long> sprints, IssueChange... changes) {
        return new IssueHistory(
                PG_5, "Story", false, JAN_2, status, null, null, sprints, false, null, Set.of(), List.of(changes));
    }
}
