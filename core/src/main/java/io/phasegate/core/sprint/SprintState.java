package io.phasegate.core.sprint;

/** The lifecycle state of a Jira sprint. */
public enum SprintState {
    FUTURE,
    ACTIVE,
    CLOSED
}
