package io.phasegate.core.gate.rules;

import static io.phasegate.core.gate.rules.AcceptanceCriteriaIssue.AC_FIELD;
import static io.phasegate.core.gate.rules.AcceptanceCriteriaIssue.aStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule inside a Technical Deep-dive gate, as a workflow validator runs it. */
class AcceptanceCriteriaGateTest {
    private static final FieldRef DELETED_FIELD = FieldRef.of("customfield_99999");

    private final PhaseGate deepDive = new PhaseGate(
            "Technical Deep-dive done",
            List.of(
                    new AcceptanceCriteriaRule(new CriteriaSource.Field(AC_FIELD), 2, false),
                    new AcceptanceCriteriaRule(CriteriaSource.description(), 1, true),
                    new AcceptanceCriteriaRule(new CriteriaSource.Field(DELETED_FIELD), 1, false)),
            MisconfigurationPolicy.BLOCK);

    @Test
    void blocksWithEveryViolationAndTheMisconfiguration() {
        IssueSnapshot issue = aStory().with(AC_FIELD, FieldValue.wiki("* TBD"))
                .withDescription(FieldValue.wiki("h2. Acceptance Criteria\n* Exports work"))
                .build();

        GateVerdict verdict = deepDive.evaluate(issue);

        assertThat(verdict)
                .isEqualTo(new GateVerdict(
                        "Technical Deep-dive done",
                        List.of(
                                violation(AC_FIELD, MessageKey.AC_FIELD_PLACEHOLDER, AC_FIELD.id(), "TBD", 2, 0),
                                violation(
                                        IssueSnapshot.DESCRIPTION,
                                        MessageKey.AC_NOT_GIVEN_WHEN_THEN,
                                        1,
                                        1,
                                        "#1 \"Exports work\"")),
                        List.of(new Misconfiguration(
                                RuleId.ACCEPTANCE_CRITERIA,
                                Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, DELETED_FIELD.id()))),
                        true));
    }

    @Test
    void passesAReadyStoryWhenTheAdminAllowsMisconfiguredRules() {
        PhaseGate lenient = new PhaseGate(deepDive.name(), deepDive.rules(), MisconfigurationPolicy.ALLOW);
        IssueSnapshot issue = aStory().with(AC_FIELD, FieldValue.wiki("* Export as CSV\n* Export as PDF"))
                .withDescription(FieldValue.plain("AC: Given an invoice When exported Then the file opens in Excel"))
                .build();

        GateVerdict verdict = lenient.evaluate(issue);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.violations()).isEmpty();
    }

    private static Violation violation(FieldRef field, MessageKey key, Object... args) {
        return Violation.onField(RuleId.ACCEPTANCE_CRITERIA, field, Message.of(key, args));
    }
}
