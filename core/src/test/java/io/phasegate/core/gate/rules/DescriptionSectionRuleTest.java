package io.phasegate.core.gate.rules;

import static io.phasegate.core.gate.rules.AcceptanceCriteriaIssue.aStory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.RichText;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DescriptionSectionRuleTest {
    private static final String HEADING = "Acceptance Criteria";

    static Stream<Arguments> descriptions() {
        return Stream.of(
                arguments(
                        FieldValue.wiki("h2. Summary\nExport invoices.\n* Export as CSV"),
                        List.of(onDescription(MessageKey.AC_SECTION_MISSING, HEADING, 2, 1))),
                arguments(FieldValue.empty(), List.of(onDescription(MessageKey.AC_SECTION_MISSING, HEADING, 2, 1))),
                arguments(
                        FieldValue.wiki("h2. Acceptance Criteria\nh2. Notes\n* a note"),
                        List.of(onDescription(MessageKey.AC_SECTION_EMPTY, HEADING, 2, 1))),
                arguments(
                        FieldValue.plain("Acceptance Criteria:\n- TBD\n- N/A"),
                        List.of(onDescription(MessageKey.AC_SECTION_PLACEHOLDER, HEADING, "TBD, N/A", 2, 1))),
                arguments(
                        FieldValue.wiki("*AC:*\n* Given a user When she exports Then she gets a CSV\n* Export is fast"),
                        List.of(onDescription(MessageKey.AC_NOT_GIVEN_WHEN_THEN, 1, 2, "#2 \"Export is fast\""))),
                arguments(
                        FieldValue.wiki("h2. Acceptance Criteria\n* Given a When b Then c\n* Given d When e Then f"),
                        List.of()));
    }

    @ParameterizedTest
    @MethodSource("descriptions")
    void judgesTheSectionOfTheDescription(FieldValue description, List<Violation> expected) {
        AcceptanceCriteriaRule rule = new AcceptanceCriteriaRule(CriteriaSource.description(), 2, true);

        RuleResult result = rule.evaluate(aStory().withDescription(description).build());

        assertThat(result).isEqualTo(new RuleResult(expected, List.of()));
    }

    @Test
    void descriptionUnknownToTheSnapshotIsMissingItsSectionNotMisconfigured() {
        AcceptanceCriteriaRule rule = new AcceptanceCriteriaRule(CriteriaSource.description(), 1, false);

        RuleResult result = rule.evaluate(aStory().withoutKnownFields().build());

        assertThat(result.violations()).containsExactly(onDescription(MessageKey.AC_SECTION_MISSING, HEADING, 1, 0));
    }

    @Test
    void readsACloudDescriptionInAdf() {
        Map<String, Object> doc = Map.of(
                "type",
                "doc",
                "content",
                List.of(
                        Map.of("type", "heading", "attrs", Map.of("level", 2), "content", List.of(text("Done when"))),
                        Map.of("type", "paragraph", "content", List.of(text("Reports open in under 2 s")))));
        IssueSnapshot issue = aStory().withDescription(new FieldValue.Text(new RichText.Adf(doc)))
                .build();

        assertThat(new AcceptanceCriteriaRule(CriteriaSource.description("Done when"), 1, false).evaluate(issue))
                .isEqualTo(RuleResult.satisfied());
        assertThat(new AcceptanceCriteriaRule(CriteriaSource.description(), 1, false)
                        .evaluate(issue)
                        .violations())
                .containsExactly(onDescription(MessageKey.AC_SECTION_MISSING, HEADING, 1, 0));
    }

    @Test
    void sourceNamesItsFieldAndHeading() {
        CriteriaSource.DescriptionSection section = CriteriaSource.description("  Definition of Done ");

        assertThat(section.heading()).isEqualTo("Definition of Done");
        assertThat(section.field()).isEqualTo(IssueSnapshot.DESCRIPTION);
        assertThat(CriteriaSource.description()).isEqualTo(new CriteriaSource.DescriptionSection(HEADING));
        assertThat(new CriteriaSource.Field(AcceptanceCriteriaIssue.AC_FIELD)).hasToString("customfield_10100");
    }

    @Test
    void headingNeedsWords() {
        assertThatThrownBy(() -> CriteriaSource.description(" :: ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriteriaSource.Field(null)).isInstanceOf(NullPointerException.class);
    }

    private static Violation onDescription(MessageKey key, Object... args) {
        return Violation.onField(RuleId.ACCEPTANCE_CRITERIA, IssueSnapshot.DESCRIPTION, Message.of(key, args));
    }

    private static Map<String, Object> text(String text) {
        return Map.of("type", "text", "text", text);
    }
}
