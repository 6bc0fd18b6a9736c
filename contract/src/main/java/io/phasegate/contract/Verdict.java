package io.phasegate.contract;

import java.util.List;
import java.util.Objects;

/**
 * A gate's verdict on one issue with every message rendered as text: the answer of {@code POST
 * /gates/dry-run} and of {@code phasegate check --format json}.
 *
 * @param warnings odd but readable input data, and what the check could not see
 */
public record Verdict(
        String gate,
        String issueKey,
        String summary,
        boolean passed,
        List<Finding> violations,
        List<NotChecked> misconfigurations,
        List<String> warnings) {

    public Verdict {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        violations = List.copyOf(violations);
        misconfigurations = List.copyOf(misconfigurations);
        warnings = List.copyOf(warnings);
    }

    /**
     * One violation.
     *
     * @param field the field id, null when the violation concerns the issue as a whole
     * @param fieldName the field's display name, or its id when no name is known; null with field
     */
    public record Finding(String rule, String field, String fieldName, String message) {
        public Finding {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A rule that could not be evaluated, and why. */
    public record NotChecked(String rule, String message) {
        public NotChecked {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }
    }
}
