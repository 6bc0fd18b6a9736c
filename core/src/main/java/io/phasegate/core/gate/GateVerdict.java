package io.phasegate.core.gate;

import java.util.List;

/**
 * The result of evaluating a gate on an issue: every violation found and every rule that could not
 * be evaluated, with the gate's policy for the latter already applied.
 */
public record GateVerdict(
        String gate, List<Violation> violations, List<Misconfiguration> misconfigurations, boolean blocked) {
    public GateVerdict {
        violations = List.copyOf(violations);
        misconfigurations = List.copyOf(misconfigurations);
        if (!violations.isEmpty() && !blocked) {
            throw new IllegalArgumentException("a verdict with violations always blocks");
        }
    }

    public boolean passed() {
        return !blocked;
    }
}
