package io.phasegate.standalone.health;

import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Which sprints {@code phasegate health} evaluates when no {@code --sprint} is given. */
final class SprintChoice {
    private static final Comparator<SprintSnapshot> BY_START =
            Comparator.comparing(SprintSnapshot::actualStart).thenComparingLong(SprintSnapshot::id);

    private SprintChoice() {}

    /** The active sprints (several when the board runs parallel sprints), else the last closed one. */
    static List<SprintSnapshot> current(List<SprintSnapshot> sprints) {
        List<SprintSnapshot> active = sprints.stream()
                .filter(sprint -> sprint.state() == SprintState.ACTIVE)
                .sorted(BY_START)
                .toList();
        if (!active.isEmpty()) {
            return active;
        }
        return sprints.stream()
                .filter(SprintSnapshot::isClosed)
                .max(Comparator.comparing(SprintSnapshot::completeDate).thenComparingLong(SprintSnapshot::id))
                .map(List::of)
                .orElse(List.of());
    }

    /** Every started sprint, oldest first. */
    static List<SprintSnapshot> started(List<SprintSnapshot> sprints) {
        return sprints.stream()
                .filter(sprint -> sprint.state() != SprintState.FUTURE)
                .sorted(BY_START)
                .toList();
    }

    /** "101 "Sprint 1" (closed), …" for error messages. */
    static String listing(List<SprintSnapshot> sprints) {
        if (sprints.isEmpty()) {
            return "no sprints";
        }
        return sprints.stream()
                .map(sprint -> sprint.id() + " \"" + sprint.name() + "\" ("
                        + sprint.state().name().toLowerCase(java.util.Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
    }
}
