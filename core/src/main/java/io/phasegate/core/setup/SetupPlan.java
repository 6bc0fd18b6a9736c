package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ordered steps of a set-up for one project, exactly as the preview lists them, and the
 * project's schemes they were planned from (when the adapter reads them).
 */
public record SetupPlan(ProjectRef project, List<SetupStep> steps, Optional<ProjectSchemes> schemes) {
    public SetupPlan {
        Objects.requireNonNull(project, "project");
        steps = List.copyOf(steps);
        Objects.requireNonNull(schemes, "schemes");
    }

    /** A plan made without reading the project's schemes. */
    public SetupPlan(ProjectRef project, List<SetupStep> steps) {
        this(project, steps, Optional.empty());
    }

    /** The steps planned with {@code action}. */
    public List<SetupStep> steps(StepAction action) {
        return steps.stream().filter(s -> s.action() == action).toList();
    }

    /** Whether applying would create anything. */
    public boolean createsAnything() {
        return !steps(StepAction.CREATE).isEmpty();
    }
}
