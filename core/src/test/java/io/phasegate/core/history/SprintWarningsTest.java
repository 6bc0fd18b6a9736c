package io.phasegate.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.snapshot.SnapshotWarning;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.testing.EnglishTexts;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A sprint shows the board's warnings about itself and about issues ever in it, then its snapshot's. */
class SprintWarningsTest {
    private static final Instant JAN_6 = Instant.parse("2026-01-06T10:00:00Z");

    private static final IssueHistory NOW_IN_1 = history("PG-1", Set.of(1L));
    private static final IssueHistory MOVED_OUT_OF_1 =
            history("PG-2", Set.of(2L), new SprintChange(JAN_6, Set.of(1L), Set.of(2L)));
    private static final IssueHistory NEVER_IN_1 = history("PG-3", Set.of(2L));

    private static final BoardWarning BOARD = BoardWarning.of(null, MessageKey.WARNING_ESTIMATION_FIELD_GONE);
    private static final BoardWarning ABOUT_1 = unmapped("PG-1");
    private static final BoardWarning ABOUT_2 = unmapped("PG-2");
    private static final BoardWarning ABOUT_3 = unmapped("PG-3");

    @Test
    void aSprintGetsTheBoardsWarningsAndThoseOfIssuesEverInIt() {
        List<BoardWarning> all = List.of(ABOUT_3, BOARD, ABOUT_2, ABOUT_1);

        assertThat(SprintWarnings.concerning(1, List.of(NOW_IN_1, MOVED_OUT_OF_1, NEVER_IN_1), all))
                .containsExactly(BOARD, ABOUT_2, ABOUT_1);
        assertThat(SprintWarnings.concerning(2, List.of(NOW_IN_1, MOVED_OUT_OF_1, NEVER_IN_1), all))
                .containsExactly(ABOUT_3, BOARD, ABOUT_2);
    }

    @Test
    void snapshotWarningsFollowAndReadAsBefore() {
        List<SnapshotWarning> snapshot = List.of(
                new SnapshotWarning(1, "snapshot-total-differs", "M9", "21", "13"),
                new SnapshotWarning(1, "snapshot-issue-missing", "PG-4", "5", null),
                new SnapshotWarning(1, "snapshot-issue-extra", "PG-6", null, "3"),
                new SnapshotWarning(1, "snapshot-unreadable", "the stored snapshot cannot be read", null, null));

        List<BoardWarning> shown = SprintWarnings.with(List.of(ABOUT_1), snapshot);

        assertThat(shown).hasSize(5).startsWith(ABOUT_1);
        assertThat(shown.subList(1, 5))
                .allSatisfy(warning -> assertThat(warning.issue()).isNull())
                .extracting(warning -> warning.render(EnglishTexts::render))
                .containsExactly(
                        "snapshot-total-differs M9: stored 21, reconstructed now 13",
                        "snapshot-issue-missing PG-4: stored 5, reconstructed now nothing",
                        "snapshot-issue-extra PG-6: stored nothing, reconstructed now 3",
                        "snapshot-unreadable the stored snapshot cannot be read")
                .containsExactlyElementsOf(
                        snapshot.stream().map(SnapshotWarning::toString).toList());
    }

    @Test
    void aPlainNoteReadsAsWrittenAfterItsIssue() {
        BoardWarning note = BoardWarning.plain(IssueKey.of("PG-7"), "(issues.json /issues/3) has no status");

        assertThat(note.render(EnglishTexts::render)).isEqualTo("PG-7: (issues.json /issues/3) has no status");
        assertThat(note.code()).isEqualTo("phasegate.warning.plain");
    }

    private static BoardWarning unmapped(String key) {
        return BoardWarning.of(IssueKey.of(key), MessageKey.WARNING_STATUS_UNMAPPED, "Waiting");
    }

    private static IssueHistory history(String key, Set<Long> sprints, IssueChange... changes) {
        return new IssueHistory(
                IssueKey.of(key),
                "Story",
                false,
                Instant.parse("2026-01-02T10:00:00Z"),
                "To Do",
                null,
                null,
                sprints,
                false,
                null,
                Set.of(),
                List.of(changes));
    }
}
