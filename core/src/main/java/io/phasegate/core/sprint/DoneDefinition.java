package io.phasegate.core.sprint;

/** Which statuses count as Done (G4); the UI always shows the one in use. */
public enum DoneDefinition {
    /** Jira's own rule: the statuses mapped to the board's right-most column. */
    RIGHT_MOST_COLUMN,
    /** Any status whose category is Done. */
    STATUS_CATEGORY_DONE
}
