package io.phasegate.core.gate.config;

import io.phasegate.core.gate.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The settings of one rule kind, in the order they are read (and so the order problems are
 * reported in), and the settings of which at least one must be configured.
 */
public record RuleSchema(RuleId rule, List<RuleSetting> settings, List<String> needsOneOf) {

    public RuleSchema {
        Objects.requireNonNull(rule, "rule");
        settings = List.copyOf(settings);
        needsOneOf = List.copyOf(needsOneOf);
    }

    /** The keys a rule object of this kind may have: {@code rule} and every setting. */
    public List<String> allowedKeys() {
        List<String> keys = new ArrayList<>();
        keys.add("rule");
        settings.forEach(setting -> keys.add(setting.key()));
        return List.copyOf(keys);
    }
}
