package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueTimelineTest {
    private final IssueTimeline timeline = new IssueTimeline(story("PG-1")
            .created(day(-2))
            .estimate(3)
            .assignee("ana")
            .on(day(1))
            .inSprint(10)
            .status("In Progress")
            .assignee("bo")
            .on(day(2))
            .estimate(null)
            .flagged(true)
            .on(day(4))
            .inSprint(11)
            .done()
            .on(day(5))
            .inSprint(10, 11)
            .build());

    @Test
    void valuesBeforeTheFirstChangeAreItsFromValue() {
        assertThat(timeline.statusAt(day(0))).isEqualTo("To Do");
        assertThat(timeline.estimateAt(day(0))).isEqualByComparingTo("3");
        assertThat(timeline.assigneeAt(day(0))).isEqualTo("ana");
        assertThat(timeline.resolutionAt(day(0))).isNull();
        assertThat(timeline.flaggedAt(day(0))).isFalse();
    }

    @Test
    void aChangeIsInEffectAtItsOwnInstant() {
        assertThat(timeline.inSprintAt(10, day(1))).isTrue();
        assertThat(timeline.assigneeAt(day(1))).isEqualTo("bo");
        assertThat(timeline.estimateAt(day(2))).isNull();
        assertThat(timeline.flaggedAt(day(3))).isTrue();
        assertThat(timeline.resolutionAt(day(4))).isEqualTo("Done");
    }

    @Test
    void beforeCreationTheIssueIsInNoSprint() {
        IssueTimeline created =
                new IssueTimeline(story("PG-2").created(day(3)).inSprint(10).build());
        assertThat(created.sprintsAt(day(2))).isEmpty();
        assertThat(created.entriesInto(10, day(0), day(9))).containsExactly(day(3));
    }

    @Test
    void entriesAndExitsFollowTheSprintField() {
        assertThat(timeline.entriesInto(10, day(0), day(9))).containsExactly(day(1), day(5));
        assertThat(timeline.exitsFrom(10, day(0), day(9))).containsExactly(day(4));
        assertThat(timeline.entriesInto(10, day(1), day(9))).containsExactly(day(5));
        assertThat(timeline.statusChangesIn(day(1), day(9))).hasSize(1);
    }
}
