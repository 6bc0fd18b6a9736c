package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inputs that would silently produce wrong metrics are refused when they are built. */
class InputValidationTest {
    private static final SprintHealthSettings DEFAULTS = SprintHealthSettings.defaults();

    @Test
    void sprintDatesMustMatchItsState() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        SprintBuilder.sprint(1).started(day(5)).ends(day(1)).build())
                .withMessageContaining("ends before it starts");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SprintSnapshot(1, "S", SprintState.CLOSED, day(0), day(0), day(9), null, 1))
                .withMessageContaining("no completeDate");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SprintSnapshot(1, "S", SprintState.ACTIVE, day(0), day(0), day(9), day(9), 1))
                .withMessageContaining("not closed");
    }

    @Test
    void aFutureSprintHasNoLedger() {
        SprintSnapshot future = SprintBuilder.sprint(1).build();
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> SprintLedger.build(future, List.of(), Boards.scrum(), DEFAULTS, TestTime.clockAt(day(0))))
                .withMessageContaining("has not started");
    }

    @Test
    void aChangelogMustBeInTimeOrder() {
        List<IssueChange> backwards = List.of(
                new StatusChange(day(3), "To Do", "In Progress"), new StatusChange(day(2), "In Progress", "Done"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IssueHistory(
                        IssueKey.of("PG-1"),
                        "Story",
                        false,
                        day(0),
                        "Done",
                        null,
                        null,
                        Set.of(),
                        false,
                        null,
                        Set.of(),
                        backwards))
                .withMessageContaining("PG-1");
    }

    @Test
    void aBoardNeedsColumnsAndMapsEachStatusOnce() {
        FieldRef points = FieldRef.of("customfield_10016");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BoardConfig(List.of(), DoneDefinition.RIGHT_MOST_COLUMN, Map.of(), points));
        List<BoardColumn> twice = List.of(BoardColumn.of("A", "Open"), BoardColumn.of("B", "Open"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BoardConfig(twice, DoneDefinition.RIGHT_MOST_COLUMN, Map.of(), points))
                .withMessageContaining("Open");
    }

    @Test
    void settingsStayWithinTheirRanges() {
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withGrace(Duration.ofHours(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withGrace(Duration.ofDays(2)));
        assertThatIllegalArgumentException().isThrownBy(() -> settings(0, 3, "0.5"));
        assertThatIllegalArgumentException().isThrownBy(() -> settings(7, 0, "0.5"));
        assertThatIllegalArgumentException().isThrownBy(() -> settings(7, 3, "1.5"));
        assertThatIllegalArgumentException().isThrownBy(() -> settings(7, 3, "-0.1"));
    }

    @Test
    void aCalendarNeedsAWorkingDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WorkCalendar(Set.<DayOfWeek>of(), Set.of(), ZoneOffset.UTC));
    }

    @Test
    void metricResultsHaveAnIdAndAVersion() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MetricResult(" ", 1, null, "points", List.of(), List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MetricResult("M1", 0, null, "points", List.of(), List.of()));
    }

    @Test
    void aRemovedScopeItemIsNotDone() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScopeItem(
                        IssueKey.of("PG-1"),
                        true,
                        day(0),
                        day(2),
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        false,
                        false,
                        true,
                        false,
                        false,
                        false,
                        null,
                        BigDecimal.ONE));
    }

    private static SprintHealthSettings settings(int window, int stale, String coverage) {
        return new SprintHealthSettings(
                Duration.ZERO, Set.of(), Set.of(), Set.of(), window, Set.of(), stale, new BigDecimal(coverage));
    }
}
