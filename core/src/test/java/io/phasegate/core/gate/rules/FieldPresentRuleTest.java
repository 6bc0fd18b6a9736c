package io.phasegate.core.gate.rules;

import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldPresentRuleTest {

    static final FieldRef DESIGN = FieldRef.of("customfield_10300");
    static final FieldPresentRule RULE = new FieldPresentRule(DESIGN, Optional.of("Architectural design"));

    static Stream<Arguments> values() {
        Map<String, Object> emptyAdf =
                Map.of("type", "doc", "content", List.of(Map.of("type", "paragraph", "content", List.of())));
        return Stream.of(
                Arguments.of(FieldValue.empty(), false),
                Arguments.of(FieldValue.plain(" \n\t"), false),
                Arguments.of(FieldValue.wiki(""), false),
                Arguments.of(new FieldValue.Text(new RichText.Adf(emptyAdf)), false),
                Arguments.of(FieldValue.items(List.of()), false),
                Arguments.of(FieldValue.items(List.of("", " ")), false),
                Arguments.of(FieldValue.plain("See https://wiki/design/42"), true),
                Arguments.of(new FieldValue.Text(new RichText.Adf(StoryPointsRuleTest.adfParagraph("Done"))), true),
                Arguments.of(FieldValue.items(List.of("Approved")), true),
                Arguments.of(FieldValue.number(0), true));
    }

    @ParameterizedTest(name = "{0} present: {1}")
    @MethodSource("values")
    void blankAndEmptyValuesAreMissing(FieldValue value, boolean present) {
        RuleResult result = RULE.evaluate(anIssue().with(DESIGN, value).build());

        assertThat(result.violations().isEmpty()).isEqualTo(present);
    }

    @Test
    void messageUsesTheLabelAndTheFieldId() {
        RuleResult result = RULE.evaluate(anIssue().withoutValue(DESIGN).build());

        assertThat(result)
                .isEqualTo(RuleResult.violated(Violation.onField(
                        RuleId.FIELD_PRESENT,
                        DESIGN,
                        Message.of(
                                MessageKey.FIELD_PRESENT_EMPTY_LABELLED,
                                "Architectural design",
                                "customfield_10300"))));
        assertThat(EnglishTexts.render(result.violations().get(0).message()))
                .isEqualTo(
                        "Architectural design (field customfield_10300) is empty. Fill it in before this transition.");
    }

    @Test
    void withoutLabelTheMessageNamesTheField() {
        FieldPresentRule rule = new FieldPresentRule(DESIGN, Optional.of("  "));

        RuleResult result = rule.evaluate(anIssue().withoutValue(DESIGN).build());

        assertThat(EnglishTexts.render(result.violations().get(0).message()))
                .isEqualTo("The field customfield_10300 is empty. Fill it in before this transition.");
    }

    @Test
    void deletedFieldIsAMisconfiguration() {
        assertThat(RULE.evaluate(anIssue().build()))
                .isEqualTo(RuleResult.misconfigured(new Misconfiguration(
                        RuleId.FIELD_PRESENT,
                        Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, "customfield_10300"))));
    }

    @Test
    void printsLikeTheRule() {
        assertThat(RULE).hasToString("notEmpty(customfield_10300 \"Architectural design\")");
        assertThat(new FieldPresentRule(DESIGN, Optional.empty())).hasToString("notEmpty(customfield_10300)");
    }
}
