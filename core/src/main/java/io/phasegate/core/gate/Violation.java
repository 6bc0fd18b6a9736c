package io.phasegate.core.gate;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.message.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing an issue lacks to pass a gate: which rule found it, on which field (if any), and what
 * to tell the user.
 */
public record Violation(RuleId rule, Optional<FieldRef> field, Message message) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public static Violation onField(RuleId rule, FieldRef field, Message message) {
        return new Violation(rule, Optional.of(field), message);
    }

    public static Violation onIssue(RuleId rule, Message message) {
        return new Violation(rule, Optional.empty(), message);
    }
}
