package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.snapshot.FrozenSprints;
import io.phasegate.core.snapshot.SnapshotBasis;
import io.phasegate.core.snapshot.SnapshotWarning;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** G2/G9: a closed sprint, once snapshotted, is reported from its snapshot whatever happens later. */
class FrozenSprintTest {
    private static final BoardSprints SPRINTS = new BoardSprints(
            List.of(TwoWeekSprint.SPRINT_8, TwoWeekSprint.SPRINT_9, TwoWeekSprint.SPRINT_10, TwoWeekSprint.SPRINT_11));
    private final MemorySnapshots store = new MemorySnapshots();

    @Test
    void theFirstComputationAfterTheCloseStoresTheCloseSnapshotAndAgreesWithIt() {
        FrozenSprints frozen = frozen(SprintHealthSettings.defaults(), day(30));
        SprintHealthReport report = health(TwoWeekSprint.issues(), frozen).evaluate(TwoWeekSprint.SPRINT_10);

        assertThat(store.closes).containsKey(10L);
        assertThat(store.closes.get(10L).issues()).hasSize(7);
        assertThat(store.closes.get(10L).completedOutside()).containsExactly(IssueKey.of("PG-6"));
        assertThat(store.closes.get(10L).subtasks()).containsExactly(IssueKey.of("PG-7"));
        // The earlier sprints behind the rolling velocity are frozen on the way.
        assertThat(store.saves).containsExactlyInAnyOrder("close 8", "close 9", "close 10");
        assertThat(value(report, "M1")).isEqualByComparingTo("18");
        assertThat(value(report, "M9")).isEqualByComparingTo("7");
        assertThat(frozen.warnings(10)).isEmpty();
    }

    @Test
    void aRewrittenChangelogAndABoardFilterChangeDoNotChangeAClosedSprint() {
        SprintHealthReport before = health(TwoWeekSprint.issues(), frozen(SprintHealthSettings.defaults(), day(30)))
                .evaluate(TwoWeekSprint.SPRINT_10);
        // Later: a workflow migration renamed Done to "Closed" (no board column) in PG-1's history,
        // and the board's filter changed so that PG-4 is no longer on the board.
        List<IssueHistory> later = new ArrayList<>(TwoWeekSprint.issues());
        later.removeIf(issue ->
                issue.key().value().equals("PG-1") || issue.key().value().equals("PG-4"));
        later.add(story("PG-1")
                .estimate(5)
                .inSprint(10)
                .on(day(2))
                .status("In Progress")
                .on(day(4))
                .status("Closed")
                .build());
        FrozenSprints frozen = frozen(SprintHealthSettings.defaults(), day(40));

        SprintHealthReport after = health(later, frozen).evaluate(TwoWeekSprint.SPRINT_10);

        for (String id : List.of("M1", "M2", "M3", "M4", "M5", "M6", "M9", "M10", "M11", "M12")) {
            assertThat(value(after, id)).as(id).isEqualByComparingTo(value(before, id));
            assertThat(after.metric(id).orElseThrow().issues())
                    .as(id)
                    .isEqualTo(before.metric(id).orElseThrow().issues());
        }
        assertThat(frozen.warnings(10))
                .extracting(SnapshotWarning::toString)
                .containsExactly(
                        "snapshot-total-differs M5: stored 14, reconstructed now 7",
                        "snapshot-total-differs M9: stored 7, reconstructed now 0",
                        "snapshot-issue-differs PG-1: stored committed, done, 5 points,"
                                + " reconstructed now committed, not-done, 0 points",
                        "snapshot-issue-missing PG-4: stored added, done, 2 points, reconstructed now nothing");
        assertThat(store.saves).hasSize(3);
    }

    @Test
    void aReopenAfterTheCloseLeavesTheSnapshotAsItIs() {
        health(TwoWeekSprint.issues(), frozen(SprintHealthSettings.defaults(), day(30)))
                .evaluate(TwoWeekSprint.SPRINT_10);
        List<IssueHistory> later = new ArrayList<>(TwoWeekSprint.issues());
        later.removeIf(issue -> issue.key().value().equals("PG-1"));
        later.add(story("PG-1")
                .estimate(5)
                .inSprint(10)
                .on(day(4))
                .done()
                .on(day(15))
                .reopened()
                .estimate(8)
                .inSprint(10, 11)
                .build());
        FrozenSprints frozen = frozen(SprintHealthSettings.defaults(), day(30));

        SprintHealthReport after = health(later, frozen).evaluate(TwoWeekSprint.SPRINT_10);

        assertThat(value(after, "M9")).isEqualByComparingTo("7");
        assertThat(after.metric("M9").orElseThrow().issues()).contains(IssueKey.of("PG-1"));
        assertThat(frozen.warnings(10)).isEmpty();
    }

    @Test
    void theRollingVelocityReadsTheEarlierSprintsFromTheirSnapshots() {
        SprintHealthReport before = health(TwoWeekSprint.issues(), frozen(SprintHealthSettings.defaults(), day(30)))
                .evaluate(TwoWeekSprint.SPRINT_11);
        List<IssueHistory> later = new ArrayList<>(TwoWeekSprint.issues());
        later.removeIf(issue -> issue.key().value().equals("PG-4"));
        SprintHealth reconstructed = new SprintHealth(
                SPRINTS, later, Boards.scrum(), Boards.CALENDAR, SprintHealthSettings.defaults(), clock(day(30)));

        SprintHealthReport after =
                health(later, frozen(SprintHealthSettings.defaults(), day(30))).evaluate(TwoWeekSprint.SPRINT_11);

        assertThat(reconstructed.ledger(TwoWeekSprint.SPRINT_10).velocity()).isEqualByComparingTo("5");
        assertThat(value(after, "M9b")).isEqualByComparingTo(value(before, "M9b"));
        assertThat(value(reconstructed.evaluate(TwoWeekSprint.SPRINT_11), "M9b"))
                .isNotEqualByComparingTo(value(before, "M9b"));
    }

    @Test
    void aSnapshotTakenUnderAnotherDoneDefinitionIsKeptButNotUsed() {
        health(TwoWeekSprint.issues(), frozen(SprintHealthSettings.defaults(), day(30)))
                .evaluate(TwoWeekSprint.SPRINT_10);
        BoardConfig byCategory = Boards.scrum(DoneDefinition.STATUS_CATEGORY_DONE);
        FrozenSprints frozen =
                new FrozenSprints(store, SnapshotBasis.of(byCategory, SprintHealthSettings.defaults()), clock(day(30)));

        new SprintHealth(
                        SPRINTS,
                        TwoWeekSprint.issues(),
                        byCategory,
                        Boards.CALENDAR,
                        SprintHealthSettings.defaults(),
                        clock(day(30)))
                .withFrozenScope(frozen)
                .evaluate(TwoWeekSprint.SPRINT_10);

        assertThat(frozen.warnings(10))
                .extracting(SnapshotWarning::toString)
                .containsExactly("snapshot-basis-differs sprint 10: stored done=right-most-column, grace=PT0S,"
                        + " reconstructed now done=status-category, grace=PT0S");
        assertThat(store.closes.get(10L).basis().done()).isEqualTo(DoneDefinition.RIGHT_MOST_COLUMN);
        assertThat(store.saves).hasSize(3);
    }

    @Test
    void anUnreadableStoredSnapshotIsReportedAndNeverReplaced() {
        store.unreadable.put(10L, "sprint-10-close.json: snapshot format version 2, this Phasegate reads version 1");
        FrozenSprints frozen = frozen(SprintHealthSettings.defaults(), day(30));

        SprintHealthReport report = health(TwoWeekSprint.issues(), frozen).evaluate(TwoWeekSprint.SPRINT_10);

        assertThat(value(report, "M9")).isEqualByComparingTo("7");
        assertThat(frozen.warnings(10))
                .extracting(SnapshotWarning::toString)
                .containsExactly("snapshot-unreadable sprint-10-close.json: snapshot format version 2,"
                        + " this Phasegate reads version 1");
        assertThat(store.closes).doesNotContainKey(10L);
    }

    @Test
    void whenAnotherWriterStoredFirstItsSnapshotIsTheRecord() {
        health(TwoWeekSprint.issues(), frozen(SprintHealthSettings.defaults(), day(30)))
                .evaluate(TwoWeekSprint.SPRINT_10);
        MemorySnapshots racing = new MemorySnapshots() {
            private boolean first = true;

            @Override
            public io.phasegate.core.snapshot.StoredSnapshots load(long sprintId) {
                if (first) { // the other node has not written yet when we look
                    first = false;
                    return io.phasegate.core.snapshot.StoredSnapshots.none();
                }
                return super.load(sprintId);
            }
        };
        racing.closes.putAll(store.closes);
        List<IssueHistory> later = new ArrayList<>(TwoWeekSprint.issues());
        later.removeIf(issue -> issue.key().value().equals("PG-4"));
        FrozenSprints frozen = new FrozenSprints(
                racing, SnapshotBasis.of(Boards.scrum(), SprintHealthSettings.defaults()), clock(day(30)));

        SprintLedger ledger =
                health(later, SprintHealthSettings.defaults(), frozen).ledger(TwoWeekSprint.SPRINT_10);

        assertThat(ledger.velocity()).isEqualByComparingTo("7");
        assertThat(racing.saves).isEmpty();
    }

    private FrozenSprints frozen(SprintHealthSettings settings, java.time.Instant now) {
        return new FrozenSprints(store, SnapshotBasis.of(Boards.scrum(), settings), clock(now));
    }

    private static SprintHealth health(List<IssueHistory> issues, FrozenSprints frozen) {
        return health(issues, SprintHealthSettings.defaults(), frozen);
    }

    private static SprintHealth health(List<IssueHistory> issues, SprintHealthSettings settings, FrozenSprints frozen) {
        return new SprintHealth(SPRINTS, issues, Boards.scrum(), Boards.CALENDAR, settings, clock(day(30)))
                .withFrozenScope(frozen);
    }

    private static Clock clock(java.time.Instant now) {
        return TestTime.clockAt(now);
    }

    static BigDecimal value(SprintHealthReport report, String id) {
        return report.metric(id).orElseThrow().value();
    }
}
