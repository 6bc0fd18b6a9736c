package io.phasegate.core.cloud;

import java.util.List;
import java.util.Objects;

/**
 * A gate as one Jira expression for a Jira Cloud workflow validator: it yields {@code true} when
 * every rule passes, otherwise a String listing every violation, one per line.
 *
 * @param expression the Jira expression source
 * @param problems what the expression cannot do as the engine does; empty when it is faithful
 * @param size the expression's measured size, compared with Jira's limits
 */
public record CompiledGate(String expression, List<CompileProblem> problems, ExpressionSize size) {
    public CompiledGate {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(size, "size");
        problems = List.copyOf(problems);
    }

    /** Whether the expression may be deployed: no rule left out and no limit exceeded. */
    public boolean deployable() {
        return problems.stream().noneMatch(problem -> problem.severity().blocksDeployment());
    }
}
