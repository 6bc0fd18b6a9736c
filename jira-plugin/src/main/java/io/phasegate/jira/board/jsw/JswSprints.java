package io.phasegate.jira.board.jsw;

import com.atlassian.greenhopper.service.sprint.Sprint;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import java.time.Instant;
import org.joda.time.DateTime;

/** Jira Software's {@link Sprint} as the engine's {@link SprintSnapshot}. */
final class JswSprints {
    private JswSprints() {}

    /**
     * The snapshot, or null for a sprint the engine cannot use (no id, no state, or a started sprint
     * without dates, which Jira Software does not produce).
     */
    static SprintSnapshot snapshot(Sprint sprint, long boardId) {
        if (sprint.getId() == null || sprint.getState() == null) {
            return null;
        }
        SprintState state = state(sprint.getState());
        Instant start = instant(sprint.getStartDate());
        Instant end = instant(sprint.getEndDate());
        Instant complete = state == SprintState.CLOSED ? instant(sprint.getCompleteDate()) : null;
        try {
            return new SprintSnapshot(
                    sprint.getId(),
                    sprint.getName() == null ? "Sprint " + sprint.getId() : sprint.getName(),
                    state,
                    start,
                    instant(sprint.getActivatedDate()),
                    end,
                    complete,
                    boardId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    static SprintState state(Sprint.State state) {
        return switch (state) {
            case FUTURE -> SprintState.FUTURE;
            case ACTIVE -> SprintState.ACTIVE;
            case CLOSED -> SprintState.CLOSED;
        };
    }

    static Instant instant(DateTime time) {
        return time == null ? null : Instant.ofEpochMilli(time.getMillis());
    }
}
