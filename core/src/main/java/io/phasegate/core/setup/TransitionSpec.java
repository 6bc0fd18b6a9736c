package io.phasegate.core.setup;

import java.util.Objects;
import java.util.Optional;

/**
 * A workflow transition between two statuses, optionally guarded by a gate.
 *
 * @param id the OSWorkflow action id, unique in the workflow
 * @param name the transition's name (the button label)
 * @param from key of the status it leaves
 * @param to key of the status it enters
 * @param gate the gate checked before it, if any
 */
public record TransitionSpec(int id, String name, String from, String to, Optional<GateSpec> gate) {
    public TransitionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(gate, "gate");
    }
}
