package io.phasegate.core.cloud;

import io.phasegate.core.message.Message;
import java.util.Objects;

/**
 * Something the Jira expression cannot do as the engine does, found when compiling a gate.
 *
 * @param severity whether the gate may still go to Jira Cloud
 * @param path where in the gate configuration: {@code $} for the gate, {@code $.rules[2]} for a rule
 * @param message what differs and why, for the administrator
 */
public record CompileProblem(Severity severity, String path, Message message) {

    /** How serious a problem is. */
    public enum Severity {
        /** The rule cannot be checked by a Jira expression; the expression blocks with a notice instead. */
        NOT_EXPRESSIBLE,
        /** The expression exceeds a documented Jira limit and would fail to evaluate. */
        OVER_LIMIT,
        /** The rule is compiled, but judges some inputs differently from the engine (documented). */
        APPROXIMATED;

        /** Whether a gate with this problem must not be deployed as it is. */
        public boolean blocksDeployment() {
            return this != APPROXIMATED;
        }
    }

    public CompileProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
