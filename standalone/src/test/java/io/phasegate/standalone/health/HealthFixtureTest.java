package io.phasegate.standalone.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.MetricResult;
import io.phasegate.core.sprint.SprintHealth;
import io.phasegate.core.sprint.SprintHealthReport;
import io.phasegate.core.sprint.SprintHealthSettings;
import io.phasegate.core.sprint.SprintLedger;
import io.phasegate.core.sprint.WorkCalendar;
import io.phasegate.standalone.ingest.BoardData;
import io.phasegate.standalone.ingest.DataDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixture board read from Data Center and from Cloud JSON gives the same, hand-computed
 * metrics (docs/metrics.md; the scenario is in src/test/resources/health/README.md). "Now" is
 * Friday 2026-02-06 12:00 UTC, Monday to Friday are worked.
 */
class HealthFixtureTest {
    private static final Instant NOW = Instant.parse("2026-02-06T12:00:00Z");

    private static SprintHealth health(String flavour) {
        BoardData board = DataDirectory.read(HealthFixtures.dir(flavour));
        return new SprintHealth(
                board.boardSprints(),
                board.issues(),
                board.boardConfig(DoneDefinition.RIGHT_MOST_COLUMN),
                WorkCalendar.mondayToFriday(ZoneOffset.UTC),
                SprintHealthSettings.defaults(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static SprintHealthReport report(String flavour, long sprintId) {
        BoardData board = DataDirectory.read(HealthFixtures.dir(flavour));
        return health(flavour).evaluate(board.sprint(sprintId).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dc", "cloud"})
    void sprintTwoBucketsFollowTheEdgeCasePolicy(String flavour) {
        BoardData board = DataDirectory.read(HealthFixtures.dir(flavour));
        SprintLedger ledger = health(flavour).ledger(board.sprint(102).orElseThrow());

        assertThat(keys(ledger.committed()))
                .containsExactly("PG-2", "PG-3", "PG-5", "PG-6", "PG-9", "PG-10", "PG-11", "PG-12");
        assertThat(keys(ledger.added())).containsExactly("PG-4", "PG-13");
        assertThat(keys(ledger.removed())).containsExactly("PG-5", "PG-13");
        assertThat(keys(ledger.done())).containsExactly("PG-2", "PG-4", "PG-6", "PG-10", "PG-12");
        assertThat(ledger.completedOutside()).containsExactly(IssueKey.of("PG-7"));
        assertThat(ledger.subtasks()).containsExactly(IssueKey.of("PG-8"));
        assertThat(keys(ledger.closedNotDelivered())).containsExactly("PG-11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dc", "cloud"})
    void sprintTwoScopeMetrics(String flavour) {
        SprintHealthReport report = report(flavour, 102);

        // C = 5+8+3+5+0 (PG-9 unmapped at t0)+0 (PG-10 unestimated)+3+1; A = 2+2; R = 3+2
        assertValue(report, "M1", "25");
        assertValue(report, "M2", "4");
        assertValue(report, "M3", "5");
        // PG-3 8→5, PG-6 5→8, PG-9 0→3 (mapped again): Δ = +3, Δ+ = 6, Δ− = −3
        assertValue(report, "M4", "3");
        assertThat(metric(report, "M4").notes()).containsExactly("increase:6", "decrease:-3");
        // F = C + A − R + Δ = 25 + 4 − 5 + 3
        assertValue(report, "M5", "27");
        assertValue(report, "M6", "0.0800"); // (27 − 25) / 25
        assertValue(report, "M6b", "0.7200"); // (2 + 2+2 + 3 + 6 + 3) / 25
        assertValue(report, "M6c", "0.1600"); // 4 / 25
        assertValue(report, "M7", "0.1852"); // (PG-4 2 + Bug PG-9 3) / 27
        assertThat(metric(report, "M1").notes())
                .containsExactly(
                        "count:8", "unestimated:1", "unmapped-status:1", "completed-outside:1", "subtasks-excluded:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dc", "cloud"})
    void sprintTwoDeliveryMetrics(String flavour) {
        SprintHealthReport report = report(flavour, 102);

        assertValue(report, "M8", "0.5200"); // carried from Sprint 1: PG-2 5 + PG-3 8 of 25
        assertThat(metric(report, "M8").notes()).containsExactly("depth-1:2", "depth-2:0", "depth-3+:0");
        assertValue(report, "M8b", "0.3200"); // PG-3 5 + PG-9 3 left open, of 25
        assertValue(report, "M9", "16"); // PG-2 5 + PG-4 2 + PG-6 8 (at close) + PG-10 0 + PG-12 1
        assertValue(report, "M10", "0.4400"); // PG-2 5 + PG-6 5 (at t0) + PG-10 0 + PG-12 1, of 25
        assertValue(report, "M11", "0.6400"); // 16 / 25
        assertValue(report, "M12", "0.5926"); // 16 / 27
        assertValue(report, "M9b", "12.0000"); // mean of Sprint 1 (8) and Sprint 2 (16)
        assertValue(report, "M13", "2.0000"); // 16 / 8
        assertValue(report, "M13b", "0.3333"); // population stdev 4 / mean 12
        assertValue(report, "M18", "0");
        assertThat(metric(report, "M18").notes()).containsExactly("blocked-time:PG-12:PT48H");
        assertValue(report, "M19", "2"); // PG-3 and PG-9 in progress for ≥ 3 working days
        assertValue(report, "M20", "0.1000"); // PG-12 moved back from In Review: 1 of 10 issues
    }

    @ParameterizedTest
    @ValueSource(strings = {"dc", "cloud"})
    void sprintOneIsTheBaseline(String flavour) {
        SprintHealthReport report = report(flavour, 101);

        assertValue(report, "M1", "23"); // PG-1 8, PG-2 5, PG-3 8, PG-16 2
        assertValue(report, "M3", "2"); // PG-16
        assertValue(report, "M9", "8"); // PG-1
        assertValue(report, "M8b", "0.5652"); // PG-2 5 + PG-3 8 of 23
        assertThat(metric(report, "M13").value()).isNull();
        assertThat(metric(report, "M13").notes()).containsExactly("sprints:0", "no-history");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dc", "cloud"})
    void activeSprintThreeIsMeasuredAtNow(String flavour) {
        SprintHealthReport report = report(flavour, 103);

        assertValue(report, "M1", "15"); // PG-3 5, PG-9 3, PG-13 2, PG-14 5
        assertValue(report, "M2", "3"); // PG-15
        assertValue(report, "M8", "0.5333"); // PG-3 (depth 2) 5 + PG-9 (depth 1) 3, of 15
        assertThat(metric(report, "M8").notes()).containsExactly("depth-1:1", "depth-2:1", "depth-3+:0");
        assertValue(report, "M9", "5"); // PG-13 2 + PG-15 3
        assertValue(report, "M10", "0.1333"); // PG-13 2 of 15
        // Mon 09:00 → Fri 12:00 is 0.625 + 3 + 0.5 = 4.125 of 9.333333 working days
        assertValue(report, "M15", "0.4420");
        assertValue(report, "M16", "0.2778"); // 5 / 18
        assertValue(report, "M17", "-0.1642");
        assertValue(report, "M18", "1"); // PG-14, flagged since Thursday 09:00
        assertThat(metric(report, "M18").notes()).containsExactly("blocked-time:PG-14:PT27H");
    }

    private static MetricResult metric(SprintHealthReport report, String id) {
        return report.metric(id).orElseThrow();
    }

    private static void assertValue(SprintHealthReport report, String id, String expected) {
        assertThat(metric(report, id).value()).as(id).isEqualByComparingTo(new BigDecimal(expected));
    }

    private static List<String> keys(List<io.phasegate.core.sprint.ScopeItem> items) {
        return items.stream().map(item -> item.key().value()).toList();
    }
}
