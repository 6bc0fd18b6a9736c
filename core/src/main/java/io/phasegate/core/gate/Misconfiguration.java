package io.phasegate.core.gate;

import io.phasegate.core.message.Message;
import java.util.Objects;

/**
 * A rule that could not be evaluated because its configuration does not fit the Jira instance,
 * for example a custom field that was deleted.
 */
public record Misconfiguration(RuleId rule, Message message) {
    public Misconfiguration {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
