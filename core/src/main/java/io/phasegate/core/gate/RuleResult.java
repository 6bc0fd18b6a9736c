package io.phasegate.core.gate;

import java.util.List;

/** What one rule found on one issue: the violations, or why it could not judge. */
public record RuleResult(List<Violation> violations, List<Misconfiguration> misconfigurations) {
    public RuleResult {
        violations = List.copyOf(violations);
        misconfigurations = List.copyOf(misconfigurations);
    }

    public static RuleResult satisfied() {
        return new RuleResult(List.of(), List.of());
    }

    public static RuleResult violated(List<Violation> violations) {
        return new RuleResult(violations, List.of());
    }

    public static RuleResult violated(Violation violation) {
        return new RuleResult(List.of(violation), List.of());
    }

    public static RuleResult misconfigured(Misconfiguration problem) {
        return new RuleResult(List.of(), List.of(problem));
    }
}
