package io.phasegate.core.gate.rules;

import static io.phasegate.core.gate.rules.StoryPointsPolicy.EVERY_SUBTASK;
import static io.phasegate.core.gate.rules.StoryPointsPolicy.ISSUE;
import static io.phasegate.core.gate.rules.StoryPointsPolicy.SUM_OF_SUBTASKS;
import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.testing.EnglishTexts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How a story-points rule judges an issue through its sub-tasks. */
class StoryPointsSubtaskPoliciesTest {

    static final FieldRef POINTS = StoryPointsRuleTest.POINTS;

    @Nested
    class EverySubtask {

        @Test
        void passesWhenEverySubtaskIsEstimatedEvenIfTheParentIsNot() {
            RuleResult result = StoryPointsRuleTest.rule(EVERY_SUBTASK)
                    .evaluate(anIssue()
                            .withoutValue(POINTS)
                            .subtasks(
                                    aSubtask("PG-2").with(POINTS, 1),
                                    aSubtask("PG-3").with(POINTS, "2"))
                            .build());

            assertThat(result).isEqualTo(RuleResult.satisfied());
        }

        @Test
        void listsEveryOffendingSubtaskGroupedByProblem() {
            RuleResult result = StoryPointsRuleTest.rule(EVERY_SUBTASK)
                    .evaluate(anIssue()
                            .withoutValue(POINTS)
                            .subtasks(
                                    aSubtask("PG-2").with(POINTS, 5),
                                    aSubtask("PG-3").withoutValue(POINTS),
                                    aSubtask("PG-4").with(POINTS, 0),
                                    aSubtask("PG-5").with(POINTS, "lots"),
                                    aSubtask("PG-6").with(POINTS, -2))
                            .build());

            assertThat(result.violations())
                    .containsExactly(
                            StoryPointsRuleTest.violation(
                                    MessageKey.STORY_POINTS_SUBTASKS_MISSING, 1, 5, "customfield_10016", "PG-3"),
                            StoryPointsRuleTest.violation(
                                    MessageKey.STORY_POINTS_SUBTASKS_NOT_POSITIVE,
                                    2,
                                    5,
                                    "customfield_10016",
                                    "PG-4 (0), PG-6 (-2)"),
                            StoryPointsRuleTest.violation(
                                    MessageKey.STORY_POINTS_SUBTASKS_NOT_A_NUMBER,
                                    1,
                                    5,
                                    "customfield_10016",
                                    "PG-5 (\"lots\")"));
            assertThat(EnglishTexts.render(result.violations().get(1).message()))
                    .isEqualTo("2 of 5 sub-tasks have story points of 0 or less in field customfield_10016:"
                            + " PG-4 (0), PG-6 (-2). Story points must be greater than 0.");
        }
    }

    @Nested
    class SumOfSubtasks {

        @Test
        void passesWhenTheSumIsPositiveEvenIfSomeSubtasksAreNotEstimated() {
            RuleResult result = StoryPointsRuleTest.rule(SUM_OF_SUBTASKS)
                    .evaluate(anIssue()
                            .withoutValue(POINTS)
                            .subtasks(
                                    aSubtask("PG-2").withoutValue(POINTS),
                                    aSubtask("PG-3").with(POINTS, 2))
                            .build());

            assertThat(result).isEqualTo(RuleResult.satisfied());
        }

        @Test
        void reportsTheSumWhenItIsNotPositive() {
            RuleResult result = StoryPointsRuleTest.rule(SUM_OF_SUBTASKS)
                    .evaluate(anIssue("PG-1")
                            .withoutValue(POINTS)
                            .subtasks(
                                    aSubtask("PG-2").with(POINTS, -3),
                                    aSubtask("PG-3").with(POINTS, 2))
                            .build());

            assertThat(result.violations())
                    .containsExactly(StoryPointsRuleTest.violation(
                            MessageKey.STORY_POINTS_SUBTASK_SUM_NOT_POSITIVE,
                            new BigDecimal("-1.0"),
                            2,
                            "customfield_10016",
                            "PG-1"));
            assertThat(EnglishTexts.render(result.violations().get(0).message()))
                    .isEqualTo("The 2 sub-tasks of PG-1 add up to -1 story points in field customfield_10016."
                            + " Estimate the sub-tasks so that the sum is greater than 0.");
        }

        @Test
        void reportsValuesThatAreNotNumbersEvenWhenTheSumIsPositive() {
            RuleResult result = StoryPointsRuleTest.rule(SUM_OF_SUBTASKS)
                    .evaluate(anIssue()
                            .withoutValue(POINTS)
                            .subtasks(
                                    aSubtask("PG-2").with(POINTS, 3),
                                    aSubtask("PG-3").with(POINTS, "XL"))
                            .build());

            assertThat(result.violations())
                    .containsExactly(StoryPointsRuleTest.violation(
                            MessageKey.STORY_POINTS_SUBTASKS_NOT_A_NUMBER, 1, 2, "customfield_10016", "PG-3 (\"XL\")"));
        }
    }

    @Nested
    class ForbidParentWhenSubtasksEstimated {

        @Test
        void pointsOnBothLevelsAreReportedWithTheEstimatedSubtasks() {
            RuleResult result = new StoryPointsRule(POINTS, ISSUE, true)
                    .evaluate(anIssue("PG-1")
                            .with(POINTS, 5)
                            .subtasks(
                                    aSubtask("PG-2").with(POINTS, 3),
                                    aSubtask("PG-3").withoutValue(POINTS))
                            .build());

            assertThat(result.violations())
                    .containsExactly(StoryPointsRuleTest.violation(
                            MessageKey.STORY_POINTS_DOUBLE_COUNTED,
                            "PG-1",
                            new BigDecimal("5.0"),
                            "customfield_10016",
                            "PG-2 (3)"));
            assertThat(EnglishTexts.render(result.violations().get(0).message()))
                    .isEqualTo("PG-1 has 5 story points in field customfield_10016, and so do its sub-tasks"
                            + " PG-2 (3). Estimate on one level only: remove the story points from PG-1 or from"
                            + " the sub-tasks.");
        }

        @Test
        void reportedTogetherWithThePolicyViolations() {
            RuleResult result = new StoryPointsRule(POINTS, EVERY_SUBTASK, true)
                    .evaluate(anIssue()
                            .with(POINTS, 5)
                            .subtasks(
                                    aSubtask("PG-2").with(POINTS, 3),
                                    aSubtask("PG-3").withoutValue(POINTS))
                            .build());

            assertThat(result.violations())
                    .map(v -> v.message().key())
                    .containsExactly(MessageKey.STORY_POINTS_SUBTASKS_MISSING, MessageKey.STORY_POINTS_DOUBLE_COUNTED);
        }

        @Test
        void zeroOnTheParentIsNotAnEstimate() {
            RuleResult result = new StoryPointsRule(POINTS, EVERY_SUBTASK, true)
                    .evaluate(anIssue()
                            .with(POINTS, 0)
                            .subtasks(aSubtask("PG-2").with(POINTS, 3))
                            .build());

            assertThat(result).isEqualTo(RuleResult.satisfied());
        }

        @Test
        void allowedWhenNotForbidden() {
            RuleResult result = new StoryPointsRule(POINTS, EVERY_SUBTASK, false)
                    .evaluate(anIssue()
                            .with(POINTS, 5)
                            .subtasks(aSubtask("PG-2").with(POINTS, 3))
                            .build());

            assertThat(result).isEqualTo(RuleResult.satisfied());
        }
    }
}
