package io.phasegate.core.coverage;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates gate rules over a set of issues exactly as a gate would: each rule as a one-rule
 * {@link PhaseGate} under the configured misconfiguration policy, so "covered" means "passes the
 * gate rule" and a rule that throws is reported, not propagated.
 */
final class GateCoverage {
    private final List<GateRule> rules;
    private final MisconfigurationPolicy policy;
    private final List<IssueSnapshot> issues;
    private final List<RuleCoverage> byRule = new ArrayList<>();
    private final Set<IssueKey> offending = new LinkedHashSet<>();
    private final List<GateVerdict> verdicts = new ArrayList<>();

    GateCoverage(List<GateRule> rules, MisconfigurationPolicy policy, List<IssueSnapshot> issues) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("coverage needs at least one rule");
        }
        this.rules = List.copyOf(rules);
        this.policy = policy;
        this.issues = List.copyOf(issues);
        rules.forEach(this::evaluate);
    }

    private void evaluate(GateRule rule) {
        PhaseGate gate = new PhaseGate(rule.toString(), List.of(rule), policy);
        List<IssueKey> failing = new ArrayList<>();
        List<IssueKey> misconfigured = new ArrayList<>();
        for (IssueSnapshot issue : issues) {
            GateVerdict verdict = gate.evaluate(issue);
            verdicts.add(verdict);
            if (!verdict.misconfigurations().isEmpty()) {
                misconfigured.add(issue.key());
            }
            if (!verdict.passed()) {
                failing.add(issue.key());
                offending.add(issue.key());
            }
        }
        BigDecimal value = Shares.of(issues.size() - failing.size(), issues.size());
        byRule.add(new RuleCoverage(rule.toString(), rule.id(), value, failing, misconfigured));
    }

    /** Issues that fail at least one rule, in input order. */
    List<IssueKey> offending() {
        return List.copyOf(offending);
    }

    boolean covered(IssueSnapshot issue) {
        return !offending.contains(issue.key());
    }

    List<RuleCoverage> byRule() {
        return List.copyOf(byRule);
    }

    /** Every verdict, one per rule and issue, for notes that look at the violations themselves. */
    List<GateVerdict> verdicts() {
        return List.copyOf(verdicts);
    }

    int ruleCount() {
        return rules.size();
    }
}
