package io.phasegate.core.setup;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one step when the plan was applied.
 *
 * @param step the planned step
 * @param result what happened
 * @param id the id of the created, reused or present thing
 * @param detail why it failed, what it waits for, or what the administrator must do
 */
public record StepOutcome(SetupStep step, Result result, Optional<String> id, Optional<SetupMessage> detail) {
    /** The result of one step. */
    public enum Result {
        /** Created now. */
        DONE,
        /** Reused or already present; nothing was changed. */
        UNCHANGED,
        /** The administrator must act (a conflict or a manual step). */
        NEEDS_ADMIN,
        /** Tried and failed; nothing after it was attempted. */
        FAILED,
        /** Not tried: an earlier step failed, or something it needs does not exist yet. */
        NOT_ATTEMPTED
    }

    public StepOutcome {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detail, "detail");
    }
}
