package io.phasegate.core.setup;

/** What a set-up step is about. */
public enum StepKind {
    ISSUE_TYPE,
    FIELD,
    FIELD_OPTIONS,
    STATUS,
    SCREEN,
    SCREEN_SCHEME,
    WORKFLOW,
    /** Add the issue types to the project's issue type scheme. */
    PROJECT_ISSUE_TYPES,
    /** Map the issue types to their screen schemes in the project's issue type screen scheme. */
    PROJECT_SCREENS,
    /** Use the workflow for the issue types in the project's workflow scheme. */
    PROJECT_WORKFLOW
}
