package io.phasegate.core.sprint;

import java.util.Objects;
import java.util.Set;

/** One column of a board and the status names mapped to it. */
public record BoardColumn(String name, Set<String> statuses) {
    public BoardColumn {
        Objects.requireNonNull(name, "name");
        statuses = Set.copyOf(statuses);
    }

    public static BoardColumn of(String name, String... statuses) {
        return new BoardColumn(name, Set.of(statuses));
    }
}
