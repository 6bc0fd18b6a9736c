package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.snapshot.CommittedIssue;
import io.phasegate.core.snapshot.FrozenSprints;
import io.phasegate.core.snapshot.SnapshotBasis;
import io.phasegate.core.snapshot.SnapshotWarning;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** G1/G2: the start snapshot holds C and E(i,t0) at the actual start plus grace, and then wins. */
class StartSnapshotTest {
    private static final SprintSnapshot ACTIVE =
            SprintBuilder.sprint(20).started(day(0)).ends(day(11)).build();
    private static final SprintHealthSettings ONE_HOUR_GRACE =
            SprintHealthSettings.defaults().withGrace(Duration.ofHours(1));
    private final MemorySnapshots store = new MemorySnapshots();

    @Test
    void noStartSnapshotIsTakenBeforeTheGracePeriodEnds() {
        ledger(issues(), day(0).plusSeconds(20 * 60));

        assertThat(store.starts).isEmpty();
    }

    @Test
    void theStartSnapshotHoldsWhatWasInTheSprintWhenTheGracePeriodEnded() {
        ledger(issues(), day(1));

        assertThat(store.starts.get(20L).t0()).isEqualTo(day(0).plus(Duration.ofHours(1)));
        assertThat(store.starts.get(20L).issues())
                .containsExactly(
                        new CommittedIssue(IssueKey.of("PG-1"), new java.math.BigDecimal("5"), false),
                        new CommittedIssue(IssueKey.of("PG-2"), null, false));
        assertThat(store.starts.get(20L).basis().grace()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRewrittenChangelogDoesNotChangeTheStoredCommitment() {
        ledger(issues(), day(1));
        // The changelog now says PG-2 came in three hours after the start and PG-1 was 13 points.
        List<IssueHistory> rewritten = List.of(
                story("PG-1").estimate(13).inSprint(20).build(),
                story("PG-2").on(day(0).plusSeconds(3 * 3600)).inSprint(20).build(),
                story("PG-3").on(day(0).plusSeconds(2 * 3600)).inSprint(20).build());
        FrozenSprints frozen = frozen(day(2));

        SprintLedger ledger = SprintLedger.build(ACTIVE, rewritten, Boards.scrum(), ONE_HOUR_GRACE, clock(day(2)));
        SprintLedger measured = frozen.apply(ledger);

        assertThat(SprintLedger.keys(measured.committed())).containsExactly(IssueKey.of("PG-1"), IssueKey.of("PG-2"));
        assertThat(measured.committedPoints()).isEqualByComparingTo("5");
        assertThat(measured.committedPoints()
                        .add(measured.addedPoints())
                        .subtract(measured.removedPoints())
                        .add(measured.estimateChange()))
                .isEqualByComparingTo(measured.finalPoints());
        assertThat(frozen.warnings(20))
                .extracting(SnapshotWarning::toString)
                .containsExactly(
                        "snapshot-total-differs M1: stored 5, reconstructed now 13",
                        "snapshot-issue-differs PG-1: stored E(t0) 5, reconstructed now E(t0) 13",
                        "snapshot-issue-differs PG-2: stored committed, reconstructed now added");
        assertThat(store.saves).containsExactly("start 20");
    }

    @Test
    void aCommittedIssueTheDataNoLongerHoldsStaysInTheCommitment() {
        ledger(issues(), day(1));
        FrozenSprints frozen = frozen(day(2));

        SprintLedger measured = frozen.apply(
                SprintLedger.build(ACTIVE, issues().subList(1, 3), Boards.scrum(), ONE_HOUR_GRACE, clock(day(2))));
        SprintHealthReport report = new SprintHealth(
                        new BoardSprints(List.of(ACTIVE)),
                        issues().subList(1, 3),
                        Boards.scrum(),
                        Boards.CALENDAR,
                        ONE_HOUR_GRACE,
                        clock(day(2)))
                .withFrozenScope(frozen(day(2)))
                .evaluate(ACTIVE);

        assertThat(measured.committedPoints()).isEqualByComparingTo("5");
        assertThat(report.metric("M1").orElseThrow().issues()).contains(IssueKey.of("PG-1"));
        assertThat(frozen.warnings(20))
                .extracting(SnapshotWarning::code)
                .containsExactly("snapshot-total-differs", "snapshot-issue-missing");
    }

    /** PG-1 in the sprint from the start, PG-2 added within the grace hour, PG-3 after it. */
    private static List<IssueHistory> issues() {
        return List.of(
                story("PG-1").estimate(5).inSprint(20).build(),
                story("PG-2").on(day(0).plusSeconds(30 * 60)).inSprint(20).build(),
                story("PG-3")
                        .estimate(3)
                        .on(day(0).plusSeconds(2 * 3600))
                        .inSprint(20)
                        .build());
    }

    private SprintLedger ledger(List<IssueHistory> issues, Instant now) {
        return frozen(now).apply(SprintLedger.build(ACTIVE, issues, Boards.scrum(), ONE_HOUR_GRACE, clock(now)));
    }

    private FrozenSprints frozen(Instant now) {
        return new FrozenSprints(store, SnapshotBasis.of(Boards.scrum(), ONE_HOUR_GRACE), clock(now));
    }

    private static java.time.Clock clock(Instant now) {
        return TestTime.clockAt(now);
    }
}
