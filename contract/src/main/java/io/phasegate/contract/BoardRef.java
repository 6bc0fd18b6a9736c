package io.phasegate.contract;

import java.util.Objects;

/**
 * A board as {@code GET /boards} lists it.
 *
 * @param project the key of the board's project (its location); null when unknown
 */
public record BoardRef(long id, String name, String project) {
    public BoardRef {
        Objects.requireNonNull(name, "name");
    }
}
