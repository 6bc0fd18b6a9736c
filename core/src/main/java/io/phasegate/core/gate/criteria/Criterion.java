package io.phasegate.core.gate.criteria;

import java.util.Objects;

/**
 * One acceptance criterion found in an issue: a list item, a scenario or a line of text.
 *
 * @param text the criterion's text without markup; lines of a scenario or nested items stay on
 *     separate lines
 * @param givenWhenThen whether the text reads Given … When … Then, in that order
 */
public record Criterion(String text, boolean givenWhenThen) {
    public Criterion {
        Objects.requireNonNull(text, "text");
    }

    /** A criterion whose Given/When/Then form is read from its text. */
    public static Criterion of(String text) {
        return new Criterion(text, GivenWhenThen.matches(text));
    }

    /** The text on one line and at most 60 characters long, for messages. */
    public String excerpt() {
        return Excerpt.of(text);
    }
}
