package io.phasegate.core.gate;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A named list of rules that an issue must satisfy to pass a workflow transition. */
public record PhaseGate(String name, List<GateRule> rules, MisconfigurationPolicy onMisconfiguration) {
    public PhaseGate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(onMisconfiguration, "onMisconfiguration");
        rules = List.copyOf(rules);
    }

    /** Evaluates every rule; one rule failing unexpectedly is reported, never hides the others. */
    public GateVerdict evaluate(IssueSnapshot issue) {
        List<Violation> violations = new ArrayList<>();
        List<Misconfiguration> problems = new ArrayList<>();
        for (GateRule rule : rules) {
            RuleResult result = evaluateSafely(rule, issue);
            violations.addAll(result.violations());
            problems.addAll(result.misconfigurations());
        }
        boolean blocked =
                !violations.isEmpty() || (!problems.isEmpty() && onMisconfiguration == MisconfigurationPolicy.BLOCK);
        return new GateVerdict(name, violations, problems, blocked);
    }

    private static RuleResult evaluateSafely(GateRule rule, IssueSnapshot issue) {
        try {
            return rule.evaluate(issue);
        } catch (RuntimeException e) {
            // Odd Jira data must never surface as a stack trace to the user.
            return RuleResult.misconfigured(new Misconfiguration(
                    rule.id(), Message.of(MessageKey.GATE_RULE_FAILED_UNEXPECTEDLY, rule.toString(), e.toString())));
        }
    }

    /** Every field any rule reads. */
    public Set<FieldRef> fieldsRead() {
        Set<FieldRef> fields = new LinkedHashSet<>();
        rules.forEach(rule -> fields.addAll(rule.fieldsRead()));
        return Set.copyOf(fields);
    }

    @Override
    public String toString() {
        return name + rules;
    }
}
