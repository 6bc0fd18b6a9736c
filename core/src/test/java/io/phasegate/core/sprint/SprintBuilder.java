package io.phasegate.core.sprint;

import java.time.Instant;

/** Builds sprints for tests: {@code sprint(10).started(day(0)).ends(day(11)).closed(day(11, 10))}. */
final class SprintBuilder {
    private final long id;
    private long boardId = 1;
    private Instant start;
    private Instant activated;
    private Instant end;
    private Instant complete;
    private SprintState state = SprintState.FUTURE;

    private SprintBuilder(long id) {
        this.id = id;
    }

    static SprintBuilder sprint(long id) {
        return new SprintBuilder(id);
    }

    /** Planned and activated at the same instant, now active. */
    SprintBuilder started(Instant at) {
        this.start = at;
        this.activated = at;
        this.state = SprintState.ACTIVE;
        return this;
    }

    SprintBuilder startDate(Instant at) {
        this.start = at;
        return this;
    }

    SprintBuilder activated(Instant at) {
        this.activated = at;
        return this;
    }

    SprintBuilder ends(Instant at) {
        this.end = at;
        return this;
    }

    SprintBuilder closed(Instant at) {
        this.complete = at;
        this.state = SprintState.CLOSED;
        return this;
    }

    SprintBuilder board(long board) {
        this.boardId = board;
        return this;
    }

    SprintSnapshot build() {
        return new SprintSnapshot(id, "Sprint " + id, state, start, activated, end, complete, boardId);
    }
}
