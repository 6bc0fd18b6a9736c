package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/**
 * The phase workflow: its statuses in phase order (the first is where issues are created) and its
 * transitions.
 */
public record WorkflowSpec(String name, String description, List<String> statusKeys, List<TransitionSpec> transitions) {
    public WorkflowSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        statusKeys = List.copyOf(statusKeys);
        transitions = List.copyOf(transitions);
    }

    /** Keys of every field a gate of this workflow reads. */
    public List<String> gateFieldKeys() {
        return transitions.stream()
                .flatMap(t -> t.gate().stream())
                .flatMap(g -> g.fieldKeys().stream())
                .distinct()
                .toList();
    }
}
