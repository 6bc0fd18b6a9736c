package io.phasegate.standalone.migrate;

import io.phasegate.core.cloud.CompiledGate;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.ConfigProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Phasegate gate of a Data Center workflow, made ready for Jira Cloud: the gate JSON as stored,
 * and either the compiled Jira expression or why the JSON could not be read.
 *
 * @param transition the transition the gate validator sits on
 * @param validator the Data Center validator (its args hold the JSON)
 * @param slug the file name stem, unique in the migration ({@code start-progress-11})
 * @param gate the gate read from the JSON; empty when the JSON is broken
 * @param configProblems why the JSON could not be read; empty when {@code gate} is present
 * @param compiled the Jira expression and its problems; empty when the JSON is broken
 */
public record GateMigration(
        WorkflowTransition transition,
        WorkflowValidator validator,
        String slug,
        Optional<PhaseGate> gate,
        List<ConfigProblem> configProblems,
        Optional<CompiledGate> compiled) {

    public GateMigration {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(slug, "slug");
        configProblems = List.copyOf(configProblems);
    }

    /** Whether the expression may go to Jira Cloud as it is: the JSON reads and the compiler found no blocking problem. */
    public boolean deployable() {
        return compiled.map(CompiledGate::deployable).orElse(false);
    }

    /** The gate JSON exactly as the Data Center plugin stored it. */
    public String gateJson() {
        return validator.gateJson();
    }
}
