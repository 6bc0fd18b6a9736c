package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurnUpTest {
    private static final SprintHealthSettings SETTINGS = SprintHealthSettings.defaults();

    @Test
    void closedSprintHasOneDayPerWorkingDayAndEndsOnTheLedgersFinalScopeAndVelocity() {
        SprintLedger ledger = TwoWeekSprint.ledger();

        BurnUp burnUp = BurnUp.of(ledger, Boards.CALENDAR, SETTINGS);

        assertThat(burnUp.days()).hasSize(10);
        assertThat(burnUp.days().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 2));
        BurnUp.Day last = burnUp.days().get(9);
        assertThat(last.date()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(last.scope()).isEqualByComparingTo(ledger.finalPoints());
        assertThat(last.done()).isEqualByComparingTo(ledger.velocity());
    }

    @Test
    void scopeFollowsAddsRemovalsAndReEstimates() {
        BurnUp burnUp = BurnUp.of(TwoWeekSprint.ledger(), Boards.CALENDAR, SETTINGS);

        // C = 18 (PG-1 5, PG-2 3, PG-3 8, PG-8 0, PG-9 2); PG-4 (2) added day 2, PG-5 (3) day 3,
        // PG-2 3 → 5 on day 3; working days skip the weekend (days 5, 6) in which PG-3 left;
        // PG-5 leaves day 7.
        assertThat(scopes(burnUp))
                .containsExactly(
                        point(18), point(18), point(20), point(25), point(25), point(14), point(14), point(14),
                        point(14), point(14));
        // PG-1 Done day 4; PG-4 Done day 6 (Won't Do never counts).
        assertThat(burnUp.days().get(4).done()).isEqualByComparingTo("5");
        assertThat(burnUp.days().get(6).done()).isEqualByComparingTo("7");
    }

    @Test
    void activeSprintRunsToTodayAndPaceReachesTheFinalScopeAtThePlannedEnd() {
        SprintLedger ledger = InFlightSprint.ledger();

        BurnUp burnUp = BurnUp.of(ledger, Boards.CALENDAR, SETTINGS);

        assertThat(burnUp.days()).extracting(BurnUp.Day::date).last().isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(burnUp.days()).last().extracting(BurnUp.Day::done).isEqualTo(new BigDecimal("5"));
        assertThat(burnUp.pace()).hasSize(10);
        assertThat(burnUp.pace().get(0).done().signum()).isPositive();
        assertThat(burnUp.pace()).last().extracting(BurnUp.Pace::done).satisfies(done -> assertThat(done)
                .isEqualByComparingTo(ledger.finalPoints()));
        MetricResult m17b = new ProgressMetrics(ledger, Boards.CALENDAR, SETTINGS).projectedCompletion();
        assertThat(burnUp.projection()).isEqualTo(new BurnUp.Projection(LocalDate.of(2026, 3, 13), m17b.value()));
    }

    @Test
    void paceIsNonDecreasing() {
        BurnUp burnUp = BurnUp.of(InFlightSprint.ledger(), Boards.CALENDAR, SETTINGS);

        List<BigDecimal> pace = burnUp.pace().stream().map(BurnUp.Pace::done).toList();
        for (int i = 1; i < pace.size(); i++) {
            assertThat(pace.get(i)).isGreaterThanOrEqualTo(pace.get(i - 1));
        }
    }

    @Test
    void aSprintSeenAtItsStartHasNoProjection() {
        SprintSnapshot sprint =
                SprintBuilder.sprint(10).started(day(0)).ends(day(11)).build();
        SprintLedger ledger = SprintLedger.build(
                sprint,
                List.of(story("PG-1").estimate(3).inSprint(10).build()),
                Boards.scrum(),
                SETTINGS,
                TestTime.clockAt(day(0)));

        BurnUp burnUp = BurnUp.of(ledger, Boards.CALENDAR, SETTINGS);

        assertThat(burnUp.projection()).isNull();
        assertThat(burnUp.days()).singleElement().satisfies(day -> {
            assertThat(day.scope()).isEqualByComparingTo("3");
            assertThat(day.done()).isEqualByComparingTo("0");
        });
    }

    private static List<BigDecimal> scopes(BurnUp burnUp) {
        return burnUp.days().stream()
                .map(BurnUp.Day::scope)
                .map(BigDecimal::stripTrailingZeros)
                .toList();
    }

    private static BigDecimal point(int value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }
}
