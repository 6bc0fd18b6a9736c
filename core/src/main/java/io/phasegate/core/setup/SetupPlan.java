package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/** The ordered steps of a set-up for one project, exactly as the preview lists them. */
public record SetupPlan(ProjectRef project, List<SetupStep> steps) {
    public SetupPlan {
        Objects.requireNonNull(project, "project");
        steps = List.copyOf(steps);
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
