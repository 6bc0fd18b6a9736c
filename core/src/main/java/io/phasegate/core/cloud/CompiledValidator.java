package io.phasegate.core.cloud;

import java.util.List;
import java.util.Objects;

/**
 * One Jira Cloud workflow validator of a gate: a Jira expression checking some of the gate's rules,
 * {@code true} when they pass, otherwise their messages, one per line. A gate whose single
 * expression would exceed Jira's limits is split into several validators, each within the limits;
 * together they block exactly when the gate blocks.
 *
 * @param expression the Jira expression source, one line
 * @param rules the indexes of the gate's rules this validator checks, in gate order
 * @param size the expression's measured size
 */
public record CompiledValidator(String expression, List<Integer> rules, ExpressionSize size) {
    public CompiledValidator {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(size, "size");
        rules = List.copyOf(rules);
    }

    /** The rules as JSON paths of the gate configuration: {@code $.rules[0], $.rules[2]}. */
    public String rulePaths() {
        return String.join(", ", rules.stream().map(i -> "$.rules[" + i + "]").toList());
    }
}
