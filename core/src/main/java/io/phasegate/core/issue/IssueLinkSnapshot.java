package io.phasegate.core.issue;

import java.util.Objects;

/**
 * One issue link as seen from the issue being evaluated.
 *
 * @param typeName the link type's name, such as {@code Tests}
 * @param phrase the phrase read from this issue's side, such as {@code is tested by}
 * @param direction whether this issue is the link's source (OUTWARD) or destination (INWARD)
 * @param other the issue at the other end
 */
public record IssueLinkSnapshot(String typeName, String phrase, Direction direction, IssueRef other) {
    public IssueLinkSnapshot {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(other, "other");
    }

    /** Which end of the link the evaluated issue is. */
    public enum Direction {
        OUTWARD,
        INWARD
    }
}
