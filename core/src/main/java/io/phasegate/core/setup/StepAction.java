package io.phasegate.core.setup;

/** What a planned step will do, exactly as the preview shows it. */
public enum StepAction {
    /** Phasegate creates it. */
    CREATE,
    /** An existing equivalent is used instead (for example Jira Software's story points field). */
    REUSE,
    /** It exists already, from an earlier set-up or made by hand; nothing to do. */
    ALREADY_PRESENT,
    /** Something in the way needs an administrator's decision; Phasegate does not touch it. */
    CONFLICT,
    /** Phasegate cannot do it itself; the step says exactly what to do by hand. */
    MANUAL
}
