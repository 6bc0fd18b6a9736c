package io.phasegate.core.app;

import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which sprint a request means: {@code active} (the earliest-started active sprint), {@code
 * last-closed} (the one closed last), a sprint id, or — for readiness only — the {@code backlog}.
 *
 * @param id the sprint id for {@link Kind#ID}, otherwise 0
 */
public record SprintPick(Kind kind, long id) {
    /** The ways to name a sprint. */
    public enum Kind {
        ACTIVE,
        LAST_CLOSED,
        ID,
        BACKLOG
    }

    public static final SprintPick ACTIVE = new SprintPick(Kind.ACTIVE, 0);
    public static final SprintPick LAST_CLOSED = new SprintPick(Kind.LAST_CLOSED, 0);
    public static final SprintPick BACKLOG = new SprintPick(Kind.BACKLOG, 0);

    /**
     * Reads {@code active}, {@code last-closed}, {@code backlog} (when allowed) or a sprint id.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static SprintPick parse(String text, boolean backlogAllowed) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "active":
                return ACTIVE;
            case "last-closed":
                return LAST_CLOSED;
            case "backlog":
                if (backlogAllowed) {
                    return BACKLOG;
                }
                break;
            default:
                if (value.matches("[0-9]{1,18}")) {
                    return new SprintPick(Kind.ID, Long.parseLong(value));
                }
        }
        throw new IllegalArgumentException("sprint must be active, last-closed" + (backlogAllowed ? ", backlog" : "")
                + " or a sprint id, not \"" + text + "\"");
    }

    /** The sprint this pick names among the board's sprints; empty for the backlog or when there is none. */
    public Optional<SprintSnapshot> find(List<SprintSnapshot> sprints) {
        return switch (kind) {
            case ACTIVE -> sprints.stream()
                    .filter(sprint -> sprint.state() == SprintState.ACTIVE)
                    .min(Comparator.comparing(SprintSnapshot::actualStart).thenComparingLong(SprintSnapshot::id));
            case LAST_CLOSED -> sprints.stream()
                    .filter(SprintSnapshot::isClosed)
                    .max(Comparator.comparing(SprintSnapshot::completeDate).thenComparingLong(SprintSnapshot::id));
            case ID -> sprints.stream().filter(sprint -> sprint.id() == id).findFirst();
            case BACKLOG -> Optional.empty();
        };
    }

    /** As the request spells it: {@code active}, {@code last-closed}, {@code backlog} or the id. */
    @Override
    public String toString() {
        return kind == Kind.ID
                ? Long.toString(id)
                : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
