package io.phasegate.core.setup;

import java.util.Objects;

/**
 * One rule of a pre-attached gate, naming its field by {@link FieldSpec#key()}; the field's Jira id
 * is filled in when the workflow is written.
 *
 * @param rule the rule kind as in the gate JSON ({@code field-present}, {@code story-points},
 *     {@code acceptance-criteria}, {@code test-coverage})
 * @param fieldKey the blueprint field the rule reads
 * @param label the field's name as the gate's message shows it
 */
public record GateRuleSpec(String rule, String fieldKey, String label) {
    public GateRuleSpec {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(fieldKey, "fieldKey");
        Objects.requireNonNull(label, "label");
    }
}
