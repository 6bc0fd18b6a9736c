package io.phasegate.core.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.sprint.AssigneeChange;
import io.phasegate.core.sprint.BoardColumn;
import io.phasegate.core.sprint.BoardConfig;
import io.phasegate.core.sprint.BoardSprints;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.MetricResult;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.SprintHealthSettings;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.core.sprint.StatusChange;
import io.phasegate.core.sprint.TeamCapacity;
import io.phasegate.core.sprint.WorkCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessSprintHealthTest {
    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    static final SprintSnapshot ACTIVE =
            new SprintSnapshot(10, "Sprint 10", SprintState.ACTIVE, MONDAY, MONDAY, day(11), null, 7);
    static final SprintSnapshot FUTURE =
            new SprintSnapshot(11, "Sprint 11", SprintState.FUTURE, null, null, null, null, 7);
    static final BoardConfig BOARD = new BoardConfig(
            List.of(BoardColumn.of("To Do", "To Do"), BoardColumn.of("Done", "Done")),
            DoneDefinition.RIGHT_MOST_COLUMN,
            Map.of("To Do", StatusCategory.TO_DO, "Done", StatusCategory.DONE),
            FieldRef.of("customfield_10016"));

    final AssessSprintHealth health = new AssessSprintHealth(
            new BoardSprints(List.of(ACTIVE, FUTURE)),
            List.of(
                    issue("PG-1", "5", "ann", new StatusChange(day(2), "To Do", "Done")),
                    issue("PG-2", "3", "bo"),
                    issue("PG-3", "8", "bo")),
            BOARD,
            WorkCalendar.mondayToFriday(ZoneOffset.UTC),
            SprintHealthSettings.defaults(),
            Clock.fixed(day(3), ZoneOffset.UTC));

    @Test
    void assessesTheActiveSprintWithMetricsAndBurnUp() {
        SprintSnapshot sprint = health.find(SprintPick.ACTIVE).orElseThrow();

        SprintHealthView view = health.assess(sprint, Optional.empty());

        assertThat(view.sprint()).isEqualTo(ACTIVE);
        assertThat(view.report().metric("M1").map(MetricResult::value)).contains(new BigDecimal("16"));
        assertThat(view.report().metric("M29").orElseThrow().notes()).contains("no-capacity");
        assertThat(view.burnUp().days()).hasSize(4);
        assertThat(view.burnUp().days().get(3).done()).isEqualByComparingTo("5");
    }

    @Test
    void aTeamCapacityIsSharedEvenlySoM29CountsThePeopleOutsideTheBand() {
        SprintHealthView view = health.assess(ACTIVE, Optional.of(new BigDecimal("18")));

        // 9 points each: ann has 5 (under 60 %), bo has 11 (over 110 %).
        MetricResult m29 = view.report().metric("M29").orElseThrow();
        assertThat(m29.value()).isEqualByComparingTo("2");
        assertThat(m29.notes()).doesNotContain("no-capacity");
    }

    @Test
    void eachPersonsOwnCapacityDecidesWhoIsOutsideTheBand() {
        // ann 5 of 5 (within), bo 11 of 10 (110 %, within), cy 0 of 4 (under); nobody else has work.
        TeamCapacity capacity = new TeamCapacity(
                Map.of("ann", new BigDecimal("5"), "bo", new BigDecimal("10"), "cy", new BigDecimal("4")));

        MetricResult m29 =
                health.assess(ACTIVE, capacity).report().metric("M29").orElseThrow();

        assertThat(m29.value()).isEqualByComparingTo("1");
        assertThat(m29.notes()).contains("over:0", "under:1", "within:2", "no-capacity:0");
    }

    @Test
    void peopleWithWorkButNoCapacityEntryAreCountedApart() {
        TeamCapacity onlyAnn = new TeamCapacity(Map.of("ann", new BigDecimal("2")));

        MetricResult m29 = health.assess(ACTIVE, onlyAnn).report().metric("M29").orElseThrow();

        assertThat(m29.value()).isEqualByComparingTo("1");
        assertThat(m29.notes()).contains("over:1", "no-capacity:1");
        assertThatThrownBy(() -> health.assess(FUTURE, onlyAnn)).hasMessageContaining("has not started");
    }

    @Test
    void aFutureSprintHasNoHealthYet() {
        assertThat(health.find(SprintPick.parse("11", false))).contains(FUTURE);
        assertThatThrownBy(() -> health.assess(FUTURE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has not started");
    }

    @Test
    void aNegativeCapacityIsRejected() {
        assertThatThrownBy(() -> health.assess(ACTIVE, Optional.of(new BigDecimal("-1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static IssueHistory issue(String key, String points, String assignee, IssueChange... changes) {
        List<IssueChange> all = new java.util.ArrayList<>();
        all.add(new SprintChange(day(-1), Set.of(), Set.of(10L)));
        all.add(new AssigneeChange(day(-1), null, assignee));
        all.addAll(List.of(changes));
        String status = changes.length == 0 ? "To Do" : "Done";
        return new IssueHistory(
                IssueKey.of(key),
                "Story",
                false,
                day(-2),
                status,
                null,
                new BigDecimal(points),
                Set.of(10L),
                false,
                assignee,
                Set.of(),
                all);
    }

    private static Instant day(int day) {
        return MONDAY.plusSeconds(86_400L * day);
    }
}
