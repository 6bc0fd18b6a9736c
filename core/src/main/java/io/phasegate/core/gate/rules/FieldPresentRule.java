package io.phasegate.core.gate.rules;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule requiring a field to hold a value, such as a link to the architectural design. No value,
 * blank text and an empty selection all count as empty; any number counts as a value.
 *
 * @param label how people call the field, shown in the message instead of the bare field id
 */
public record FieldPresentRule(FieldRef field, Optional<String> label) implements GateRule {

    public FieldPresentRule {
        Objects.requireNonNull(field, "field");
        label = label.map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public Set<FieldRef> fieldsRead() {
        return Set.of(field);
    }

    @Override
    public RuleId id() {
        return RuleId.FIELD_PRESENT;
    }

    @Override
    public RuleResult evaluate(IssueSnapshot issue) {
        if (!issue.fieldExists(field)) {
            return RuleResult.misconfigured(
                    new Misconfiguration(id(), Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, field.id())));
        }
        FieldValue value = issue.field(field).orElseGet(FieldValue::empty);
        if (!FieldText.entries(value).isEmpty()) {
            return RuleResult.satisfied();
        }
        Message message = label.map(name -> Message.of(MessageKey.FIELD_PRESENT_EMPTY_LABELLED, name, field.id()))
                .orElseGet(() -> Message.of(MessageKey.FIELD_PRESENT_EMPTY, field.id()));
        return RuleResult.violated(Violation.onField(id(), field, message));
    }

    @Override
    public String toString() {
        return "notEmpty(" + field + label.map(name -> " \"" + name + "\"").orElse("") + ")";
    }
}
