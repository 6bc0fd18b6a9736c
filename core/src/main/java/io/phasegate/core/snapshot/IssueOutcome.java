package io.phasegate.core.snapshot;

import java.util.Locale;

/** How an issue of a sprint's scope ended when the sprint closed, as a close snapshot records it. */
public enum IssueOutcome {
    /** In the final scope and Done at the close: counts for velocity (M9). */
    DONE,
    /** In the final scope and not Done at the close. */
    NOT_DONE,
    /** In the final scope, closed with a not-delivered resolution such as Won't Do (G5). */
    CLOSED_NOT_DELIVERED,
    /** Removed from the sprint before the close (M3). */
    REMOVED,
    /** Removed from the sprint while it was Done (M3, noted). */
    REMOVED_WHILE_DONE;

    /** As the snapshot format spells it: {@code done}, {@code not-done}, {@code closed-not-delivered}… */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The outcome a format code names.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static IssueOutcome ofCode(String code) {
        for (IssueOutcome outcome : values()) {
            if (outcome.code().equals(code)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome \"" + code + "\"");
    }

    boolean removed() {
        return this == REMOVED || this == REMOVED_WHILE_DONE;
    }
}
