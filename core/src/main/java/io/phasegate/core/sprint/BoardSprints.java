package io.phasegate.core.sprint;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The sprints of one board, for the metrics that look back: carry-over (M8), rolling velocity
 * (M9) and predictability (M13).
 */
public record BoardSprints(List<SprintSnapshot> sprints) {
    /** G10: the next sprint starts at most this long after the previous one closed. */
    public static final Duration CONSECUTIVE_GAP = Duration.ofDays(5);

    public BoardSprints {
        sprints = List.copyOf(sprints);
    }

    /** The closed sprint of the same board that {@code sprint} directly follows (G10), or null. */
    public SprintSnapshot previousConsecutive(SprintSnapshot sprint) {
        Instant start = sprint.actualStart();
        return closedOfBoard(sprint)
                .filter(other -> !other.completeDate().isAfter(start))
                .filter(other -> !other.completeDate().plus(CONSECUTIVE_GAP).isBefore(start))
                .max(Comparator.comparing(SprintSnapshot::completeDate))
                .orElse(null);
    }

    /** Up to {@code n} closed sprints of the board that closed before {@code instant}, oldest first. */
    public List<SprintSnapshot> closedBefore(SprintSnapshot sprint, Instant instant, int n) {
        List<SprintSnapshot> closed = closedOfBoard(sprint)
                .filter(other -> other.completeDate().isBefore(instant))
                .sorted(Comparator.comparing(SprintSnapshot::completeDate))
                .toList();
        return closed.subList(Math.max(0, closed.size() - n), closed.size());
    }

    private java.util.stream.Stream<SprintSnapshot> closedOfBoard(SprintSnapshot sprint) {
        return sprints.stream()
                .filter(SprintSnapshot::isClosed)
                .filter(other -> other.boardId() == sprint.boardId() && other.id() != sprint.id());
    }
}
