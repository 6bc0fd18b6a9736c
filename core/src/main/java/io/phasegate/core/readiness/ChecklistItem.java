package io.phasegate.core.readiness;

import io.phasegate.core.gate.RuleId;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.message.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of the next gate as the issue stands now.
 *
 * @param rule the rule family, which names the item ("Story points")
 * @param subject what the rule is about when the family alone does not say: a field's label or id
 *     for a field-present rule, otherwise empty
 * @param field the field to fill in, if the rule reads one
 * @param messages what is missing (for {@link State#MISSING}) or why the rule cannot be checked
 */
public record ChecklistItem(
        RuleId rule, Optional<String> subject, Optional<FieldRef> field, State state, List<Message> messages, Fix fix) {

    /** Where the issue stands on one rule. */
    public enum State {
        PASSED,
        MISSING,
        CANNOT_CHECK
    }

    public ChecklistItem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(fix, "fix");
        messages = List.copyOf(messages);
    }

    public boolean passed() {
        return state == State.PASSED;
    }
}
