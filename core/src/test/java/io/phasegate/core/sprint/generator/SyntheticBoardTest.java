package io.phasegate.core.sprint.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.sprint.EstimateChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.ResolutionChange;
import org.junit.jupiter.api.Test;

class SyntheticBoardTest {
    private final SyntheticBoard board = SyntheticBoard.generate(42, 4, 30, 8);

    @Test
    void theSameSeedGivesTheSameBoard() {
        SyntheticBoard again = SyntheticBoard.generate(42, 4, 30, 8);

        assertThat(again.issues()).isEqualTo(board.issues());
        assertThat(again.truths()).isEqualTo(board.truths());
        assertThat(SyntheticBoard.generate(43, 4, 30, 8).issues()).isNotEqualTo(board.issues());
    }

    @Test
    void theBoardExercisesEveryScopeMovementTheLedgerHandles() {
        assertThat(board.truths())
                .allSatisfy(truth -> assertThat(truth.committed()).isNotEmpty());
        assertThat(board.truths()).anyMatch(truth -> !truth.added().isEmpty());
        assertThat(board.truths()).anyMatch(truth -> !truth.removed().isEmpty());
        assertThat(board.truths()).anyMatch(truth -> !truth.delivered().isEmpty());
        assertThat(board.truths().subList(1, 4))
                .as("carry-over into later sprints")
                .allSatisfy(truth -> assertThat(truth.committed().size()).isGreaterThan(30));
        assertThat(board.issues())
                .as("estimated sub-tasks, which must not count")
                .anyMatch(issue -> issue.subtask() && issue.estimate() != null);
        assertThat(board.issues())
                .as("Won't Do closures")
                .anyMatch(issue -> issue.changesOf(ResolutionChange.class).stream()
                        .anyMatch(change -> "Won't Do".equals(change.to())));
        assertThat(board.issues()).anyMatch(SyntheticBoardTest::reEstimated);
    }

    @Test
    void changelogVolumeScalesWithTheEventsPerIssue() {
        int small = SyntheticBoard.generate(7, 1, 100, 5).changelogSize();
        int large = SyntheticBoard.generate(7, 1, 100, 50).changelogSize();

        assertThat(large).isGreaterThan(5 * small);
    }

    private static boolean reEstimated(IssueHistory issue) {
        return !issue.changesOf(EstimateChange.class).isEmpty();
    }
}
