package io.phasegate.core.gate.rules;

import static io.phasegate.core.gate.rules.AcceptanceCriteriaIssue.AC_FIELD;
import static io.phasegate.core.gate.rules.AcceptanceCriteriaIssue.aStory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AcceptanceCriteriaRuleTest {
    private static final CriteriaSource FIELD = new CriteriaSource.Field(AC_FIELD);
    private static final String GWT_1 = "Given a draft invoice When the user deletes it Then it is gone";

    static Stream<Arguments> fieldValues() {
        return Stream.of(
                arguments(
                        FieldValue.empty(), 1, false, List.of(onField(MessageKey.AC_FIELD_EMPTY, AC_FIELD.id(), 1, 0))),
                arguments(
                        FieldValue.plain(" \n "),
                        2,
                        true,
                        List.of(onField(MessageKey.AC_FIELD_EMPTY, AC_FIELD.id(), 2, 1))),
                arguments(
                        FieldValue.items(List.of()),
                        1,
                        false,
                        List.of(onField(MessageKey.AC_FIELD_EMPTY, AC_FIELD.id(), 1, 0))),
                arguments(
                        FieldValue.wiki("* TBD\n* n/a\n* TBD"),
                        1,
                        false,
                        List.of(onField(MessageKey.AC_FIELD_PLACEHOLDER, AC_FIELD.id(), "TBD, n/a", 1, 0))),
                arguments(FieldValue.wiki("* Invoices export as CSV"), 1, false, List.of()),
                arguments(FieldValue.wiki("* Invoices export as CSV\n* TBD"), 2, false, List.of(tooFew(1, 2))),
                arguments(FieldValue.items(List.of("Export as CSV", "Export as PDF")), 2, false, List.of()),
                arguments(FieldValue.wiki("* " + GWT_1), 1, true, List.of()),
                arguments(
                        FieldValue.plain("- " + GWT_1 + "\n- Export works\n- Given x\n  When y\n  Then z"),
                        1,
                        true,
                        List.of(onField(MessageKey.AC_NOT_GIVEN_WHEN_THEN, 1, 3, "#2 \"Export works\""))));
    }

    @ParameterizedTest(name = "{0} items>={1} gwt={2}")
    @MethodSource("fieldValues")
    void judgesTheCriteriaField(FieldValue value, int minItems, boolean gwt, List<Violation> expected) {
        AcceptanceCriteriaRule rule = new AcceptanceCriteriaRule(FIELD, minItems, gwt);

        RuleResult result = rule.evaluate(aStory().with(AC_FIELD, value).build());

        assertThat(result).isEqualTo(new RuleResult(expected, List.of()));
    }

    @Test
    void reportsTooFewAndNotGivenWhenThenTogether() {
        AcceptanceCriteriaRule rule = new AcceptanceCriteriaRule(FIELD, 3, true);
        IssueSnapshot issue = aStory().with(AC_FIELD, FieldValue.wiki("# " + GWT_1 + "\n# Totals are *rounded*"))
                .build();

        assertThat(rule.evaluate(issue).violations())
                .containsExactly(
                        tooFew(2, 3), onField(MessageKey.AC_NOT_GIVEN_WHEN_THEN, 1, 2, "#2 \"Totals are rounded\""));
    }

    @Test
    void namesAtMostTenCriteriaWithShortExcerpts() {
        String criteria = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "* Criterion " + i + " " + "is long ".repeat(10))
                .collect(Collectors.joining("\n"));
        AcceptanceCriteriaRule rule = new AcceptanceCriteriaRule(FIELD, 1, true);

        Violation violation = rule.evaluate(
                        aStory().with(AC_FIELD, FieldValue.wiki(criteria)).build())
                .violations()
                .get(0);

        String listed = (String) violation.message().args().get(2);
        assertThat(List.of(listed.split("; "))).hasSize(11).last().isEqualTo("… (+2)");
        assertThat(listed.split("; ")[0])
                .isEqualTo("#1 \"Criterion 1 is long is long is long is long is long is long…\"");
    }

    @Test
    void missingFieldIsAMisconfigurationNotAViolation() {
        AcceptanceCriteriaRule rule = new AcceptanceCriteriaRule(FIELD, 1, false);

        RuleResult result = rule.evaluate(aStory().withoutKnownFields().build());

        assertThat(result)
                .isEqualTo(RuleResult.misconfigured(new Misconfiguration(
                        RuleId.ACCEPTANCE_CRITERIA,
                        Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, "customfield_10100"))));
    }

    @Test
    void numberFieldIsAMisconfiguration() {
        FieldRef storyPoints = FieldRef.of("customfield_10016");
        AcceptanceCriteriaRule rule = new AcceptanceCriteriaRule(new CriteriaSource.Field(storyPoints), 1, false);

        RuleResult result =
                rule.evaluate(aStory().with(storyPoints, FieldValue.number(3)).build());

        assertThat(result)
                .isEqualTo(RuleResult.misconfigured(new Misconfiguration(
                        RuleId.ACCEPTANCE_CRITERIA, Message.of(MessageKey.AC_FIELD_NOT_TEXT, "customfield_10016"))));
    }

    @Test
    void rejectsLessThanOneItem() {
        assertThatThrownBy(() -> new AcceptanceCriteriaRule(FIELD, 0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minItems");
    }

    @Test
    void readsLikeTheRule() {
        assertThat(new AcceptanceCriteriaRule(FIELD, 2, true))
                .hasToString("acceptanceCriteria(customfield_10100) items>=2 gwt");
        assertThat(new AcceptanceCriteriaRule(CriteriaSource.description(), 1, false))
                .hasToString("acceptanceCriteria(description[\"Acceptance Criteria\"])");
    }

    @Test
    void exposesItsConfigurationAndComparesByIt() {
        AcceptanceCriteriaRule rule = new AcceptanceCriteriaRule(FIELD, 2, true);

        assertThat(List.of(rule.id(), rule.source(), rule.minItems(), rule.requireGivenWhenThen()))
                .containsExactly(RuleId.ACCEPTANCE_CRITERIA, FIELD, 2, true);
        assertThat(rule)
                .isEqualTo(new AcceptanceCriteriaRule(new CriteriaSource.Field(AC_FIELD), 2, true))
                .hasSameHashCodeAs(new AcceptanceCriteriaRule(new CriteriaSource.Field(AC_FIELD), 2, true))
                .isNotEqualTo(new AcceptanceCriteriaRule(FIELD, 2, false))
                .isNotEqualTo(new AcceptanceCriteriaRule(FIELD, 3, true))
                .isNotEqualTo(new AcceptanceCriteriaRule(CriteriaSource.description(), 2, true));
    }

    static Violation onField(MessageKey key, Object... args) {
        return Violation.onField(RuleId.ACCEPTANCE_CRITERIA, AC_FIELD, Message.of(key, args));
    }

    private static Violation tooFew(int found, int required) {
        return onField(MessageKey.AC_TOO_FEW, found, required, required - found);
    }
}
