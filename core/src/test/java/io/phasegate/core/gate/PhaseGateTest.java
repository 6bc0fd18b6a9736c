package io.phasegate.core.gate;

import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.SubtasksPresentRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhaseGateTest {

    static final FieldRef POINTS = FieldRef.of("customfield_10016");
    static final FieldRef DESIGN = FieldRef.of("customfield_10300");
    static final List<GateRule> RULES = List.of(
            new StoryPointsRule(POINTS, StoryPointsPolicy.ISSUE, false),
            new FieldPresentRule(DESIGN, Optional.of("Architectural design")),
            new SubtasksPresentRule(1, Set.of()));

    @Test
    void reportsTheViolationsOfEveryRuleInOrder() {
        PhaseGate gate = new PhaseGate("ready-for-sprint", RULES, MisconfigurationPolicy.BLOCK);

        GateVerdict verdict = gate.evaluate(
                anIssue().withoutValue(POINTS).withoutValue(DESIGN).build());

        assertThat(verdict.violations())
                .map(Violation::rule)
                .containsExactly(RuleId.STORY_POINTS, RuleId.FIELD_PRESENT, RuleId.SUBTASKS_PRESENT);
        assertThat(verdict.blocked()).isTrue();
    }

    @Test
    void deletedFieldBlocksOnlyWhenThePolicySaysSo() {
        IssueSnapshot withoutPointsField = anIssue()
                .with(DESIGN, "https://wiki/design")
                .subtasks(aSubtask("PG-2"))
                .build();

        GateVerdict blocking = new PhaseGate("g", RULES, MisconfigurationPolicy.BLOCK).evaluate(withoutPointsField);
        GateVerdict allowing = new PhaseGate("g", RULES, MisconfigurationPolicy.ALLOW).evaluate(withoutPointsField);

        Misconfiguration missingField = new Misconfiguration(
                RuleId.STORY_POINTS, Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, "customfield_10016"));
        assertThat(blocking).isEqualTo(new GateVerdict("g", List.of(), List.of(missingField), true));
        assertThat(allowing).isEqualTo(new GateVerdict("g", List.of(), List.of(missingField), false));
    }

    @Test
    void ruleThatFailsUnexpectedlyDoesNotHideTheOthers() {
        GateRule broken = new BrokenRule();
        PhaseGate gate =
                new PhaseGate("g", List.of(broken, new SubtasksPresentRule(1, Set.of())), MisconfigurationPolicy.ALLOW);

        GateVerdict verdict = gate.evaluate(anIssue().build());

        assertThat(verdict.violations()).map(Violation::rule).containsExactly(RuleId.SUBTASKS_PRESENT);
        assertThat(verdict.misconfigurations())
                .containsExactly(new Misconfiguration(
                        RuleId.LINKED_ISSUE,
                        Message.of(
                                MessageKey.GATE_RULE_FAILED_UNEXPECTEDLY,
                                "broken",
                                "java.lang.IllegalStateException: odd data")));
    }

    /** A rule that trips over odd data, as a rule with a bug would. */
    private static final class BrokenRule implements GateRule {
        @Override
        public RuleId id() {
            return RuleId.LINKED_ISSUE;
        }

        @Override
        public RuleResult evaluate(IssueSnapshot issue) {
            throw new IllegalStateException("odd data");
        }

        @Override
        public String toString() {
            return "broken";
        }
    }
}
