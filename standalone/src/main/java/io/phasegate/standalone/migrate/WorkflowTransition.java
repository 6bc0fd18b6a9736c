package io.phasegate.standalone.migrate;

import java.util.List;
import java.util.Objects;

/**
 * A transition ({@code <action>}) of a Jira workflow XML export, with where it starts and ends.
 *
 * @param id the action id, unique in the workflow
 * @param name the transition's name as the admin typed it (any text)
 * @param from the names of the steps it leaves from; {@link #ANY_STEP} for a global transition,
 *     {@link #CREATE} for the initial one
 * @param to the name of the step it leads to, or a description when the export names no known step
 * @param validators its validators, in document order
 */
public record WorkflowTransition(
        int id, String name, List<String> from, String to, List<WorkflowValidator> validators) {
    /** {@link #from} of a global transition, available from every step. */
    public static final String ANY_STEP = "(any status)";
    /** {@link #from} of the initial transition, which creates the issue. */
    public static final String CREATE = "(issue creation)";

    public WorkflowTransition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(to, "to");
        from = List.copyOf(from);
        validators = List.copyOf(validators);
    }
}
