package io.phasegate.core.issue;

/** Jira's three status categories, plus UNKNOWN for data that does not say. */
public enum StatusCategory {
    TO_DO,
    IN_PROGRESS,
    DONE,
    UNKNOWN;

    /** Maps Jira's status category key ({@code new}, {@code indeterminate}, {@code done}). */
    public static StatusCategory fromJiraKey(String key) {
        if (key == null) {
            return UNKNOWN;
        }
        return switch (key) {
            case "new" -> TO_DO;
            case "indeterminate" -> IN_PROGRESS;
            case "done" -> DONE;
            default -> UNKNOWN;
        };
    }
}
