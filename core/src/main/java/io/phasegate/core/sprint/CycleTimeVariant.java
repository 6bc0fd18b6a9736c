package io.phasegate.core.sprint;

/** Which cycle time M22 reports; the report always names the variant in use. */
public enum CycleTimeVariant {
    /**
     * (a) The sum of the intervals in an in-progress column between the first start and the final
     * Done; pauses back in the first column are left out (Swarmia). The default.
     */
    IN_PROGRESS_TIME("in-progress-time"),
    /**
     * (c) The final Done minus the last entry into an in-progress column from outside, or from a
     * later column: moving backwards resets the clock (ActionableAgile).
     */
    LAST_ENTRY_TIME("last-entry-time");

    private final String noteName;

    CycleTimeVariant(String noteName) {
        this.noteName = noteName;
    }

    /** The name printed in the metric's notes, such as {@code in-progress-time}. */
    public String noteName() {
        return noteName;
    }
}
