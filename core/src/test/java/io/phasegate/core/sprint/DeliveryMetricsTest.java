package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryMetricsTest {
    private final SprintHealthReport scenario = TwoWeekSprint.health().evaluate(TwoWeekSprint.SPRINT_10);

    /** Sprints 7 to 10, two weeks apart; one story of 4, 6, 8 and 9 points is done in each. */
    private static SprintHealthReport fourSprints() {
        List<SprintSnapshot> sprints = List.of(sprint(7, -42), sprint(8, -28), sprint(9, -14), sprint(10, 0));
        List<IssueHistory> issues = List.of(
                doneIn(7, -42, "PG-70", 4), doneIn(8, -28, "PG-80", 6),
                doneIn(9, -14, "PG-90", 8), doneIn(10, 0, "PG-100", 9));
        return new SprintHealth(
                        new BoardSprints(sprints),
                        issues,
                        Boards.scrum(),
                        Boards.CALENDAR,
                        SprintHealthSettings.defaults(),
                        TestTime.clockAt(day(30)))
                .evaluate(sprints.get(3));
    }

    private static SprintSnapshot sprint(long id, int startDay) {
        return SprintBuilder.sprint(id)
                .started(day(startDay))
                .ends(day(startDay + 11))
                .closed(day(startDay + 11, 10))
                .build();
    }

    private static IssueHistory doneIn(long sprint, int startDay, String key, int points) {
        return story(key)
                .created(day(startDay - 5))
                .estimate(points)
                .inSprint(sprint)
                .on(day(startDay + 3))
                .done()
                .build();
    }

    @Test
    void m9VelocityIsDonePointsAtTheCloseNamingTheDoneDefinition() {
        MetricResult m9 = scenario.metric("M9").orElseThrow();
        assertThat(m9.value()).isEqualByComparingTo("7"); // PG-1 5 + PG-4 2 + PG-8 0
        assertThat(m9.notes())
                .containsExactly("count:3", "done-definition:right-most-column", "closed-not-delivered:1");
    }

    @Test
    void m9cVelocityPerWorkingDayUsesTheWorkingTimeFromT0ToT1() {
        // Mon 09:00 → Fri next week 10:00 = 0.625 + 4 + 4 + 10/24 working days = 9.041667
        assertThat(scenario.metric("M9c").orElseThrow().value()).isEqualByComparingTo("0.7742");
    }

    @Test
    void m10SayDoCountsOnlyCommittedWorkAtItsInitialEstimate() {
        MetricResult m10 = scenario.metric("M10").orElseThrow();
        assertThat(m10.value()).isEqualByComparingTo("0.2778"); // (PG-1 5 + PG-8 0) / 18
        assertThat(m10.notes()).containsExactly("count:2/5");
    }

    @Test
    void m11AndM12CompareVelocityWithCommitmentAndFinalScope() {
        assertThat(scenario.metric("M11").orElseThrow().value()).isEqualByComparingTo("0.3889"); // 7 / 18
        assertThat(scenario.metric("M12").orElseThrow().value()).isEqualByComparingTo("0.5"); // 7 / 14
    }

    @Test
    void m9bRollingVelocityIsTheMeanOfTheClosedSprintsInTheWindow() {
        MetricResult m9b = fourSprints().metric("M9b").orElseThrow();
        assertThat(m9b.value()).isEqualByComparingTo("6.75"); // (4 + 6 + 8 + 9) / 4
        assertThat(m9b.notes()).containsExactly("sprints:4", "aggregate:mean");
    }

    @Test
    void m13PredictabilityComparesWithThePreviousThreeSprints() {
        MetricResult m13 = fourSprints().metric("M13").orElseThrow();
        assertThat(m13.value()).isEqualByComparingTo("1.5"); // 9 / mean(4, 6, 8)
        assertThat(m13.notes()).containsExactly("sprints:3");
    }

    @Test
    void m13bStabilityIsTheCoefficientOfVariation() {
        // mean 6.75, population stdev 1.9203 → 0.2845
        assertThat(fourSprints().metric("M13b").orElseThrow().value()).isEqualByComparingTo("0.2845");
    }

    @Test
    void predictabilityWithoutHistoryHasNoValue() {
        MetricResult m13 = scenario.metric("M13").orElseThrow();
        assertThat(m13.value()).isNull();
        assertThat(m13.notes()).contains("no-history");
    }

    @Test
    void stabilityNeedsTwoSprintsWithVelocity() {
        // sprints 8 and 9 delivered nothing: velocities 0, 0, 7 → mean 7/3, stdev 3.2998
        assertThat(scenario.metric("M13b").orElseThrow().value()).isEqualByComparingTo("1.4142");
        DeliveryMetrics alone = new DeliveryMetrics(TwoWeekSprint.ledger(), List.of(), Boards.CALENDAR, 7);
        assertThat(alone.stability().value()).isNull();
        assertThat(alone.stability().notes()).contains("insufficient-history");
    }

    @Test
    void predictabilityAboveTheCapIsReportedRawWithABand() {
        SprintLedger ledger = TwoWeekSprint.ledger();
        SprintLedger weak = SprintLedger.build(
                TwoWeekSprint.SPRINT_9,
                List.of(doneIn(9, -14, "PG-90", 2)),
                Boards.scrum(),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(30)));
        MetricResult m13 = new DeliveryMetrics(ledger, List.of(weak), Boards.CALENDAR, 7).predictability();
        assertThat(m13.value()).isEqualByComparingTo("3.5"); // 7 / 2
        assertThat(m13.notes()).contains("band:above-150");
    }

    @Test
    void emptySprintHasNoCompletionRateAndNoRollingVelocity() {
        SprintSnapshot active =
                SprintBuilder.sprint(10).started(day(0)).ends(day(11)).build();
        SprintLedger empty = SprintLedger.build(
                active, List.of(), Boards.scrum(), SprintHealthSettings.defaults(), TestTime.clockAt(day(0)));
        DeliveryMetrics metrics = new DeliveryMetrics(empty, List.of(), Boards.CALENDAR, 7);
        assertThat(metrics.completionRate().notes()).contains("no-final-scope");
        assertThat(metrics.rollingVelocity().notes()).contains("no-closed-sprints");
        assertThat(metrics.velocityPerWorkingDay().notes()).contains("no-working-days");
    }
}
