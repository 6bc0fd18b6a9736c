package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/** The outcome of applying a plan, step by step, and what the administrator should do next. */
public record SetupReport(ProjectRef project, List<StepOutcome> outcomes) {
    public SetupReport {
        Objects.requireNonNull(project, "project");
        outcomes = List.copyOf(outcomes);
    }

    /** The outcomes with {@code result}. */
    public List<StepOutcome> outcomes(StepOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).toList();
    }

    /** Whether a step failed. */
    public boolean failed() {
        return !outcomes(StepOutcome.Result.FAILED).isEmpty();
    }

    /** What to do next: after a failure, fix and apply again; otherwise finish the manual steps, or nothing. */
    public SetupMessage nextAction() {
        if (failed()) {
            return SetupMessage.of("next.failed");
        }
        if (!outcomes(StepOutcome.Result.NEEDS_ADMIN).isEmpty()
                || !outcomes(StepOutcome.Result.NOT_ATTEMPTED).isEmpty()) {
            return SetupMessage.of("next.manual");
        }
        return SetupMessage.of("next.complete");
    }
}
