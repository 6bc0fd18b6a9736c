package io.phasegate.core.sprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeopleLoadTest {
    private static final TeamCapacity CAPACITY = new TeamCapacity(
            Map.of("ana", BigDecimal.valueOf(5), "bo", BigDecimal.valueOf(10), "cy", BigDecimal.valueOf(10)));

    @Test
    void m29CountsPeopleOverAndUnderTheBandWithoutNamingAnyone() {
        MetricResult m29 =
                new PeopleLoad(FlowSprint.ledger(FlowSprint.issues()), FlowSettings.defaults(), CAPACITY).load();

        // ana 8/5 = 160% over; bo 8/10 = 80% within; cy 0/10 under; FL-3 (2 points) unassigned
        assertThat(m29.value()).isEqualByComparingTo("2");
        assertThat(m29.unit()).isEqualTo("people");
        assertThat(m29.notes())
                .contains("over:1", "under:1", "within:1", "planned-over:1", "planned-under:1", "unassigned-points:2");
        assertThat(m29.issues()).containsExactly(IssueKey.of("FL-4"));
        assertThat(m29.notes()).flatMap(note -> List.of(note.split(":"))).doesNotContain("ana", "bo", "cy");
    }

    @Test
    void m29WithoutCapacityIsUndefinedRatherThanGuessed() {
        MetricResult m29 = new PeopleLoad(
                        FlowSprint.ledger(FlowSprint.issues()), FlowSettings.defaults(), TeamCapacity.unknown())
                .load();

        assertThat(m29.defined()).isFalse();
        assertThat(m29.notes()).contains("no-capacity");
    }

    @Test
    void m29CountsAssigneesWithoutCapacitySeparately() {
        TeamCapacity onlyAna = new TeamCapacity(Map.of("ana", BigDecimal.valueOf(8)));

        MetricResult m29 =
                new PeopleLoad(FlowSprint.ledger(FlowSprint.issues()), FlowSettings.defaults(), onlyAna).load();

        assertThat(m29.value()).isEqualByComparingTo("0");
        assertThat(m29.notes()).contains("no-capacity:1", "within:1");
    }
}
