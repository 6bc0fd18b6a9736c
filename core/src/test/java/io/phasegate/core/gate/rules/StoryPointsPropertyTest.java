package io.phasegate.core.gate.rules;

import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.testing.IssueSnapshots;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class StoryPointsPropertyTest {

    static final FieldRef POINTS = FieldRef.of("customfield_10016");

    @Property
    void issuePolicyPassesExactlyForPositivePoints(@ForAll @IntRange(min = -20, max = 20) int points) {
        var result = new StoryPointsRule(POINTS, StoryPointsPolicy.ISSUE, false)
                .evaluate(anIssue().with(POINTS, points).build());

        assertThat(result.violations().isEmpty()).isEqualTo(points > 0);
    }

    @Property
    void everySubtaskPassesExactlyWhenNoSubtaskIsBelowOne(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = -3, max = 8) Integer> points) {
        var result = new StoryPointsRule(POINTS, StoryPointsPolicy.EVERY_SUBTASK, false).evaluate(parentOf(points));

        assertThat(result.violations().isEmpty()).isEqualTo(points.stream().allMatch(p -> p > 0));
    }

    @Property
    void sumOfSubtasksPassesExactlyWhenTheSumIsPositive(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = -3, max = 8) Integer> points) {
        var result = new StoryPointsRule(POINTS, StoryPointsPolicy.SUM_OF_SUBTASKS, false).evaluate(parentOf(points));

        assertThat(result.violations().isEmpty())
                .isEqualTo(points.stream().mapToInt(Integer::intValue).sum() > 0);
    }

    private static IssueSnapshot parentOf(List<Integer> points) {
        IssueSnapshots[] subtasks = new IssueSnapshots[points.size()];
        for (int i = 0; i < subtasks.length; i++) {
            subtasks[i] = aSubtask("PG-" + (i + 2)).with(POINTS, points.get(i));
        }
        return anIssue("PG-1").withoutValue(POINTS).subtasks(subtasks).build();
    }
}
