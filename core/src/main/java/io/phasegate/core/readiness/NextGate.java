package io.phasegate.core.readiness;

import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.ConfigProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Phasegate gate found on a transition leaving the current status: the gate, or the
 * problems that keep its saved configuration from being read.
 *
 * @param transition the transition's name, such as {@code Start UX Design}
 * @param targetStatus where the transition leads, such as {@code UX Design}
 * @param blocksWhenUnreadable the validator's own setting for a configuration it cannot read
 */
public record NextGate(
        String transition,
        String targetStatus,
        Optional<PhaseGate> gate,
        List<ConfigProblem> problems,
        boolean blocksWhenUnreadable) {
    public NextGate {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(targetStatus, "targetStatus");
        Objects.requireNonNull(gate, "gate");
        problems = List.copyOf(problems);
        if (gate.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a next gate is either readable or has problems");
        }
    }

    public static NextGate readable(String transition, String targetStatus, PhaseGate gate) {
        return new NextGate(transition, targetStatus, Optional.of(gate), List.of(), true);
    }

    public static NextGate unreadable(
            String transition, String targetStatus, List<ConfigProblem> problems, boolean blocks) {
        return new NextGate(transition, targetStatus, Optional.empty(), problems, blocks);
    }
}
