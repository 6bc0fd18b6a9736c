package io.phasegate.core.gate.rules;

import static io.phasegate.core.gate.rules.StoryPointsPolicy.EVERY_SUBTASK;
import static io.phasegate.core.gate.rules.StoryPointsPolicy.ISSUE;
import static io.phasegate.core.gate.rules.StoryPointsPolicy.SUM_OF_SUBTASKS;
import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.RichText;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.testing.EnglishTexts;
import io.phasegate.core.testing.IssueSnapshots;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StoryPointsRuleTest {

    static final FieldRef POINTS = FieldRef.of("customfield_10016");

    static Stream<Arguments> ownValues() {
        return Stream.of(
                arguments(FieldValue.empty(), MessageKey.STORY_POINTS_MISSING),
                arguments(FieldValue.plain("   "), MessageKey.STORY_POINTS_MISSING),
                arguments(FieldValue.items(List.of()), MessageKey.STORY_POINTS_MISSING),
                arguments(FieldValue.number(0), MessageKey.STORY_POINTS_NOT_POSITIVE),
                arguments(FieldValue.number(-1), MessageKey.STORY_POINTS_NOT_POSITIVE),
                arguments(FieldValue.wiki("0"), MessageKey.STORY_POINTS_NOT_POSITIVE),
                arguments(FieldValue.plain("lots"), MessageKey.STORY_POINTS_NOT_A_NUMBER),
                arguments(FieldValue.items(List.of("3", "5")), MessageKey.STORY_POINTS_NOT_A_NUMBER),
                arguments(FieldValue.number(0.5), null),
                arguments(FieldValue.number(5), null),
                arguments(FieldValue.plain(" 5 "), null),
                arguments(FieldValue.wiki("3.5"), null),
                arguments(FieldValue.items(List.of("8")), null),
                arguments(new FieldValue.Text(new RichText.Adf(adfParagraph("13"))), null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("ownValues")
    void judgesTheIssuesOwnValue(FieldValue value, MessageKey expected) {
        RuleResult result = rule(ISSUE).evaluate(anIssue().with(POINTS, value).build());

        assertThat(result.violations()).map(v -> v.message().key()).containsExactlyElementsOf(listOf(expected));
        assertThat(result.misconfigurations()).isEmpty();
    }

    @Test
    void fieldWithoutValueIsMissingNotZero() {
        RuleResult result =
                rule(ISSUE).evaluate(anIssue("PG-7").withoutValue(POINTS).build());

        assertThat(result)
                .isEqualTo(
                        RuleResult.violated(violation(MessageKey.STORY_POINTS_MISSING, "PG-7", "customfield_10016")));
        assertThat(EnglishTexts.render(result.violations().get(0).message()))
                .isEqualTo("PG-7 has no story points. Enter a number greater than 0 in field customfield_10016.");
    }

    @Test
    void zeroPointsSayWhatWasFound() {
        RuleResult result = rule(ISSUE).evaluate(anIssue("PG-7").with(POINTS, 0).build());

        assertThat(EnglishTexts.render(result.violations().get(0).message()))
                .isEqualTo("PG-7 has 0 story points in field customfield_10016. Story points must be greater than 0.");
    }

    @Test
    void textThatIsNoNumberIsQuoted() {
        RuleResult result =
                rule(ISSUE).evaluate(anIssue("PG-7").with(POINTS, "lots").build());

        assertThat(result.violations())
                .containsExactly(violation(MessageKey.STORY_POINTS_NOT_A_NUMBER, "PG-7", "customfield_10016", "lots"));
    }

    @ParameterizedTest
    @EnumSource(StoryPointsPolicy.class)
    void deletedFieldIsAMisconfigurationNotAViolation(StoryPointsPolicy policy) {
        RuleResult result = rule(policy).evaluate(anIssue().build());

        assertThat(result)
                .isEqualTo(RuleResult.misconfigured(new Misconfiguration(
                        RuleId.STORY_POINTS,
                        Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, "customfield_10016"))));
    }

    @ParameterizedTest
    @EnumSource(StoryPointsPolicy.class)
    void subtaskUnderEvaluationIsJudgedOnItsOwnValue(StoryPointsPolicy policy) {
        IssueSnapshots subtask = aSubtask("PG-2").withoutValue(POINTS);

        RuleResult result = rule(policy).evaluate(subtask.build());

        assertThat(result.violations())
                .containsExactly(violation(MessageKey.STORY_POINTS_MISSING, "PG-2", "customfield_10016"));
    }

    @ParameterizedTest
    @EnumSource(
            value = StoryPointsPolicy.class,
            names = {"EVERY_SUBTASK", "SUM_OF_SUBTASKS"})
    void issueWithoutSubtasksFallsBackToItsOwnValue(StoryPointsPolicy policy) {
        assertThat(rule(policy).evaluate(anIssue().with(POINTS, 3).build())).isEqualTo(RuleResult.satisfied());
        assertThat(rule(policy).evaluate(anIssue().withoutValue(POINTS).build()).violations())
                .map(v -> v.message().key())
                .containsExactly(MessageKey.STORY_POINTS_MISSING);
    }

    @Test
    void issuePolicyIgnoresSubtasks() {
        RuleResult result = rule(ISSUE)
                .evaluate(anIssue()
                        .with(POINTS, 5)
                        .subtasks(aSubtask("PG-2").withoutValue(POINTS))
                        .build());

        assertThat(result).isEqualTo(RuleResult.satisfied());
    }

    @Test
    void printsLikeTheRule() {
        assertThat(rule(ISSUE)).hasToString("storyPoints(customfield_10016) > 0 [policy=issue]");
        assertThat(new StoryPointsRule(POINTS, SUM_OF_SUBTASKS, true))
                .hasToString(
                        "storyPoints(customfield_10016) > 0 [policy=sum-of-subtasks, forbidParentWhenSubtasksEstimated]");
    }

    @Test
    void policiesAreFoundByTheirConfigName() {
        assertThat(StoryPointsPolicy.fromConfigName("every-subtask")).contains(EVERY_SUBTASK);
        assertThat(StoryPointsPolicy.fromConfigName("EVERY_SUBTASK")).isEmpty();
    }

    static StoryPointsRule rule(StoryPointsPolicy policy) {
        return new StoryPointsRule(POINTS, policy, false);
    }

    static Violation violation(MessageKey key, Object... args) {
        return Violation.onField(RuleId.STORY_POINTS, POINTS, Message.of(key, args));
    }

    private static List<MessageKey> listOf(MessageKey key) {
        return key == null ? List.of() : List.of(key);
    }

    static Map<String, Object> adfParagraph(String text) {
        return Map.of(
                "type",
                "doc",
                "content",
                List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", text)))));
    }
}
