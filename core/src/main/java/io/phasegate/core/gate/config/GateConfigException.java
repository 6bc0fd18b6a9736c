package io.phasegate.core.gate.config;

import java.util.List;

/** Thrown when a gate configuration is invalid; carries every problem found, not only the first. */
public final class GateConfigException extends RuntimeException {

    private final transient List<ConfigProblem> problems;

    public GateConfigException(List<ConfigProblem> problems) {
        super("invalid gate configuration: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in the order they were found. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
