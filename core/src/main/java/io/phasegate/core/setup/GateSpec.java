package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/** A gate attached to a transition: its name and rules (see docs/gate-config.md). */
public record GateSpec(String name, List<GateRuleSpec> rules) {
    public GateSpec {
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a gate needs at least one rule: " + name);
        }
    }

    /** Keys of the fields the gate reads. */
    public List<String> fieldKeys() {
        return rules.stream().map(GateRuleSpec::fieldKey).distinct().toList();
    }
}
