package io.phasegate.core.readiness;

/** What a user does to satisfy a checklist item; the adapter turns it into a link. */
public enum Fix {
    /** Nothing: the item is satisfied. */
    NONE,
    /** Edit the issue and fill in the field. */
    EDIT_ISSUE,
    /** Link another issue (a test, an RFC ...). */
    LINK_ISSUE,
    /** Create sub-tasks. */
    CREATE_SUBTASK,
    /** Only a Jira administrator can fix the gate's configuration. */
    ASK_ADMIN
}
