package io.phasegate.core.setup;

/** The status category a workflow status belongs to (Jira's To Do, In Progress, Done colours). */
public enum StatusGroup {
    TO_DO,
    IN_PROGRESS,
    DONE
}
