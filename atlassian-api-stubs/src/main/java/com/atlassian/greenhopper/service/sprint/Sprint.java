package com.atlassian.greenhopper.service.sprint;

import io.phasegate.stubs.ApiSource;
import org.joda.time.DateTime;

/**
 * Compile-only stub of a Jira Software sprint ({@code @ExperimentalApi}).
 *
 * <p>Source: JSW 11.1 javadoc (method details with nullability); the 10.6.0 {@code
 * Sprint.SprintBuilder} page shows the same properties, including {@code activatedDate}. Dates are
 * Joda-Time {@code DateTime} (the real joda-time jar from Maven Central is used). Interface {@code
 * WithId} omitted.
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/sprint/Sprint.html",
        note = "JSW 11.1: Long getId(), Long getRapidViewId(), Sprint.State getState(), String getName(), "
                + "@Nullable DateTime getStartDate()/getActivatedDate()/getEndDate()/getCompleteDate(); builder "
                + "with the same properties in https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/sprint/"
                + "Sprint.SprintBuilder.html")
public class Sprint {

    /** A sprint's state. */
    @ApiSource(
            value =
                    "https://docs.atlassian.com/jira-software/6.6.0/com/atlassian/greenhopper/service/sprint/Sprint.html",
            note = "nested Sprint.State (JSW 6.6.0 onwards; EnumSet<Sprint.State> parameters in JSW 9.12.10 and "
                    + "10.6.0); constants as the agile REST API's states future, active, closed")
    public enum State {
        FUTURE,
        ACTIVE,
        CLOSED
    }

    private Sprint() {}

    public Long getId() {
        throw new IllegalStateException("stub");
    }

    /** The board the sprint was created on. */
    public Long getRapidViewId() {
        throw new IllegalStateException("stub");
    }

    public State getState() {
        throw new IllegalStateException("stub");
    }

    public String getName() {
        throw new IllegalStateException("stub");
    }

    /** The planned start; may be null. */
    public DateTime getStartDate() {
        throw new IllegalStateException("stub");
    }

    /** When the sprint was really started; null until then. */
    public DateTime getActivatedDate() {
        throw new IllegalStateException("stub");
    }

    /** The planned end; may be null. */
    public DateTime getEndDate() {
        throw new IllegalStateException("stub");
    }

    /** When the sprint was closed; null until then. */
    public DateTime getCompleteDate() {
        throw new IllegalStateException("stub");
    }
}
