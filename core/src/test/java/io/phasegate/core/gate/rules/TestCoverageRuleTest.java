package io.phasegate.core.gate.rules;

import static io.phasegate.core.issue.IssueLinkSnapshot.Direction.INWARD;
import static io.phasegate.core.issue.IssueLinkSnapshot.Direction.OUTWARD;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.issue.RichText;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.testing.EnglishTexts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TestCoverageRuleTest {

    static final FieldRef TEST_CASES = FieldRef.of("customfield_10200");

    @ParameterizedTest(name = "[{0}] {1}/{2} {3} to a {4} in {5} -> {6}")
    @CsvSource({
        // configured link type, link type name, phrase, direction, other type, other status, counted
        "is tested by, Tests, is tested by, INWARD,  Test,    Open,     1",
        "IS TESTED BY, Tests, is tested by, INWARD,  test,    Open,     1",
        "Tests,        Tests, tests,        OUTWARD, Test,    Open,     1",
        "tests,        Tests, is tested by, INWARD,  Test,    Open,     1",
        "is tested by, Tests, tests,        OUTWARD, Test,    Open,     0",
        "is tested by, Relates, relates to, OUTWARD, Test,    Open,     0",
        "is tested by, Tests, is tested by, INWARD,  Story,   Open,     0",
        "is tested by, Tests, is tested by, INWARD,  Test,    Obsolete, 0",
        "is tested by, Tests, is tested by, INWARD,  Test,    OBSOLETE, 0",
    })
    void countsMatchingLinksEitherWayIgnoringCase(
            String configured,
            String typeName,
            String phrase,
            Direction direction,
            String otherType,
            String otherStatus,
            int counted) {
        TestCoverageRule rule =
                new TestCoverageRule(Set.of(configured), Set.of("Test"), Set.of("Obsolete"), Optional.empty(), 1);

        RuleResult result = rule.evaluate(anIssue()
                .link(typeName, phrase, direction, linkedIssue("PG-9", otherType, otherStatus))
                .build());

        assertThat(result.violations()).hasSize(1 - counted);
    }

    @Test
    void eachLinkedIssueCountsOnceHoweverOftenItIsLinked() {
        TestCoverageRule rule = new TestCoverageRule(Set.of(), Set.of("Test"), Set.of(), Optional.empty(), 2);

        RuleResult result = rule.evaluate(anIssue()
                .testedBy(linkedIssue("PG-9", "Test", "Open"))
                .link("Relates", "relates to", OUTWARD, linkedIssue("PG-9", "Test", "Open"))
                .build());

        assertThat(result.violations())
                .containsExactly(Violation.onIssue(
                        RuleId.TEST_COVERAGE,
                        Message.of(MessageKey.TEST_COVERAGE_TOO_FEW, 1, 2, 1, "", "\"Test\"", 0, "", 0, "", 0)));
    }

    @Test
    void messageSaysWhatCountsAndWhatWasIgnored() {
        TestCoverageRule rule = new TestCoverageRule(
                Set.of("is tested by"), Set.of("Test"), Set.of("Obsolete"), Optional.of(TEST_CASES), 3);

        RuleResult result = rule.evaluate(anIssue()
                .with(TEST_CASES, FieldValue.items(List.of("TC-1")))
                .testedBy(linkedIssue("PG-8", "Test", "Open"))
                .testedBy(linkedIssue("PG-9", "Test", "Obsolete"))
                .build());

        assertThat(result.violations()).hasSize(1);
        assertThat(EnglishTexts.render(result.violations().get(0).message()))
                .isEqualTo("Found 2 test cases, 3 required. Issues of type \"Test\" linked as \"is tested by\""
                        + " count. Entries in field customfield_10200 count too. Not counted because of its"
                        + " status: PG-9 (Obsolete).");
    }

    @Test
    void testsTheViewerMayNotBrowseCountTheSameButAreNotNamed() {
        TestCoverageRule rule =
                new TestCoverageRule(Set.of("is tested by"), Set.of("Test"), Set.of("Obsolete"), Optional.empty(), 3);

        RuleResult result = rule.evaluate(anIssue()
                .testedBy(linkedIssue("PG-8", "Test", "Open").asHidden())
                .testedBy(linkedIssue("PG-9", "Test", "Obsolete"))
                .testedBy(linkedIssue("SEC-60", "Test", "Obsolete").asHidden())
                .testedBy(linkedIssue("SEC-61", "Test", "Obsolete").asHidden())
                .build());

        assertThat(EnglishTexts.render(result.violations().get(0).message()))
                .isEqualTo("Found 1 test cases, 3 required. Issues of type \"Test\" linked as \"is tested by\""
                        + " count. Not counted because of its status: PG-9 (Obsolete). 2 linked tests you may not"
                        + " browse are not counted because of their status.")
                .doesNotContain("SEC-6");
        RuleResult allVisible = rule.evaluate(anIssue()
                .testedBy(linkedIssue("PG-8", "Test", "Open"))
                .testedBy(linkedIssue("PG-9", "Test", "Obsolete"))
                .build());
        assertThat(allVisible.violations()).hasSize(1);
        assertThat(EnglishTexts.render(allVisible.violations().get(0).message()))
                .startsWith("Found 1 test cases, 3 required.");
    }

    static Stream<Arguments> fieldEntries() {
        Map<String, Object> adfList = Map.of(
                "type",
                "doc",
                "content",
                List.of(Map.of("type", "bulletList", "content", List.of(listItem("TC-1"), listItem("TC-2")))));
        return Stream.of(
                Arguments.of(FieldValue.items(List.of("TC-1", "TC-2", " ")), 2),
                Arguments.of(FieldValue.plain("TC-1\n\n  TC-2\n"), 2),
                Arguments.of(FieldValue.wiki("* TC-1\r\n* TC-2\r\n* TC-3"), 3),
                Arguments.of(new FieldValue.Text(new RichText.Adf(adfList)), 2),
                Arguments.of(
                        new FieldValue.Text(new RichText.Adf(adfDoc(Map.of(
                                "type",
                                "paragraph",
                                "content",
                                List.of(text("TC-1"), Map.of("type", "hardBreak"), text("TC-2")))))),
                        2),
                Arguments.of(
                        new FieldValue.Text(new RichText.Adf(
                                adfDoc(Map.of("type", "codeBlock", "content", List.of(text("TC-1\nTC-2\nTC-3")))))),
                        3),
                Arguments.of(
                        new FieldValue.Text(new RichText.Adf(adfDoc(Map.of(
                                "type",
                                "paragraph",
                                "content",
                                List.of(Map.of("type", "mention", "attrs", Map.of("text", "@qa"))))))),
                        1),
                Arguments.of(FieldValue.empty(), 0));
    }

    @ParameterizedTest
    @MethodSource("fieldEntries")
    void entriesOfTheTestCasesFieldCount(FieldValue value, int entries) {
        TestCoverageRule rule = new TestCoverageRule(Set.of(), Set.of(), Set.of(), Optional.of(TEST_CASES), 2);

        RuleResult result = rule.evaluate(anIssue().with(TEST_CASES, value).build());

        assertThat(result.violations().isEmpty()).isEqualTo(entries >= 2);
    }

    @Test
    void withOnlyAFieldConfiguredLinksDoNotCount() {
        TestCoverageRule rule = new TestCoverageRule(Set.of(), Set.of(), Set.of(), Optional.of(TEST_CASES), 1);

        RuleResult result = rule.evaluate(anIssue()
                .withoutValue(TEST_CASES)
                .link("Relates", "relates to", INWARD, linkedIssue("PG-9", "Bug", "Open"))
                .build());

        assertThat(EnglishTexts.render(result.violations().get(0).message()))
                .isEqualTo("Found 0 test cases, 1 required. Entries in field customfield_10200 count too.");
    }

    @Test
    void deletedTestCasesFieldIsAMisconfiguration() {
        TestCoverageRule rule = new TestCoverageRule(Set.of("tests"), Set.of(), Set.of(), Optional.of(TEST_CASES), 1);

        assertThat(rule.evaluate(anIssue().build()))
                .isEqualTo(RuleResult.misconfigured(new Misconfiguration(
                        RuleId.TEST_COVERAGE,
                        Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, "customfield_10200"))));
    }

    @Test
    void rejectsARuleThatCouldNeverFindATest() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TestCoverageRule(Set.of(), Set.of(), Set.of("Obsolete"), Optional.empty(), 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TestCoverageRule(Set.of("tests"), Set.of(), Set.of(), Optional.empty(), 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TestCoverageRule(Set.of(" "), Set.of(), Set.of(), Optional.empty(), 1));
    }

    @Test
    void printsLikeTheRule() {
        TestCoverageRule rule = new TestCoverageRule(
                Set.of("is tested by"), Set.of("Test"), Set.of("Obsolete"), Optional.of(TEST_CASES), 1);

        assertThat(rule)
                .hasToString("testCases >= 1 [linkTypes=[is tested by], testIssueTypes=[Test],"
                        + " ignoredStatuses=[Obsolete], field=customfield_10200]");
    }

    private static Map<String, Object> adfDoc(Map<String, Object> block) {
        return Map.of("type", "doc", "content", List.of(block));
    }

    private static Map<String, Object> text(String text) {
        return Map.of("type", "text", "text", text);
    }

    private static Map<String, Object> listItem(String text) {
        return Map.of(
                "type",
                "listItem",
                "content",
                StoryPointsRuleTest.adfParagraph(text).get("content"));
    }
}
