package io.phasegate.core.sprint;

import java.time.Instant;
import java.util.Objects;

/**
 * A sprint of a board as the engine sees it: its dates and state, copied from Jira by an adapter.
 *
 * <p>{@code activatedDate} (Jira ≥ 8.7) is when the sprint was really started and may be null;
 * {@code completeDate} is null until the sprint is closed. A future sprint may have no dates.
 */
public record SprintSnapshot(
        long id,
        String name,
        SprintState state,
        Instant startDate,
        Instant activatedDate,
        Instant endDate,
        Instant completeDate,
        long boardId) {
    public SprintSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        if (state != SprintState.FUTURE) {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(endDate, "endDate");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("sprint " + id + " ends before it starts");
        }
        if (state == SprintState.CLOSED && completeDate == null) {
            throw new IllegalArgumentException("closed sprint " + id + " has no completeDate");
        }
        if (state != SprintState.CLOSED && completeDate != null) {
            throw new IllegalArgumentException("sprint " + id + " is not closed but has a completeDate");
        }
    }

    /** When the sprint really started (G1): {@code activatedDate}, falling back to {@code startDate}. */
    public Instant actualStart() {
        return activatedDate != null ? activatedDate : startDate;
    }

    public boolean isClosed() {
        return state == SprintState.CLOSED;
    }
}
