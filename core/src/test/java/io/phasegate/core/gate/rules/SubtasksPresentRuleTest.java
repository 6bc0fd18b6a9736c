package io.phasegate.core.gate.rules;

import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.testing.EnglishTexts;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubtasksPresentRuleTest {

    static final SubtasksPresentRule ONE_LIVE_SUBTASK = new SubtasksPresentRule(1, Set.of("Won't do"));

    @ParameterizedTest(name = "sub-task in {0} -> passes: {1}")
    @CsvSource({"Open, true", "Won't do, false", "WON'T DO, false", "Done, true"})
    void subtasksInIgnoredStatusesDoNotCount(String status, boolean passes) {
        RuleResult result = ONE_LIVE_SUBTASK.evaluate(
                anIssue().subtasks(aSubtask("PG-2").status(status)).build());

        assertThat(result.violations().isEmpty()).isEqualTo(passes);
    }

    @Test
    void issueWithoutSubtasksIsToldToCreateThem() {
        RuleResult result = ONE_LIVE_SUBTASK.evaluate(anIssue().build());

        assertThat(result)
                .isEqualTo(RuleResult.violated(Violation.onIssue(
                        RuleId.SUBTASKS_PRESENT, Message.of(MessageKey.SUBTASKS_TOO_FEW, 0, 1, 0, ""))));
        assertThat(EnglishTexts.render(result.violations().get(0).message()))
                .isEqualTo("Found 0 sub-tasks, 1 required. Create sub-tasks for the planned work.");
    }

    @Test
    void messageListsTheSubtasksThatWereNotCounted() {
        RuleResult result = new SubtasksPresentRule(2, Set.of("Won't do"))
                .evaluate(anIssue()
                        .subtasks(
                                aSubtask("PG-2").status("Open"),
                                aSubtask("PG-3").status("Won't do"))
                        .build());

        assertThat(EnglishTexts.render(result.violations().get(0).message()))
                .isEqualTo("Found 1 sub-tasks, 2 required. Create sub-tasks for the planned work."
                        + " Not counted because of its status: PG-3 (Won't do).");
    }

    @Test
    void rejectsAMinimumBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubtasksPresentRule(0, Set.of()));
    }

    @Test
    void printsLikeTheRule() {
        assertThat(ONE_LIVE_SUBTASK).hasToString("subtasks >= 1 [ignoredStatuses=[Won't do]]");
    }
}
