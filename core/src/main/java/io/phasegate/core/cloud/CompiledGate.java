package io.phasegate.core.cloud;

import java.util.List;
import java.util.Objects;

/**
 * A gate compiled for Jira Cloud workflow validators.
 *
 * @param expression the whole gate as one Jira expression: {@code true} when every rule passes,
 *     otherwise a String listing every violation, one per line. For sites that accept longer
 *     expressions; what to deploy under the given limits is {@link #validators()}.
 * @param problems what the expressions cannot do as the engine does, and limits they exceed
 * @param size the size of {@link #expression()}
 * @param validators what to deploy: one validator when the whole gate fits Jira's limits,
 *     otherwise the gate's rules split over several, in rule order
 */
public record CompiledGate(
        String expression, List<CompileProblem> problems, ExpressionSize size, List<CompiledValidator> validators) {
    public CompiledGate {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(size, "size");
        problems = List.copyOf(problems);
        validators = List.copyOf(validators);
        if (validators.isEmpty()) {
            throw new IllegalArgumentException("a compiled gate has at least one validator");
        }
    }

    /** Whether the validators may be deployed: no rule left out and no validator over a limit. */
    public boolean deployable() {
        return problems.stream().noneMatch(problem -> problem.severity().blocksDeployment());
    }

    /** Whether the gate had to be split over several validators to stay within the limits. */
    public boolean split() {
        return validators.size() > 1;
    }
}
