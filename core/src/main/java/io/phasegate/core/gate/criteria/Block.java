package io.phasegate.core.gate.criteria;

/**
 * One structural piece of a text after its format (wiki markup, plain text, ADF) has been read: the
 * common shape that section finding and criteria splitting work on.
 */
sealed interface Block {

    /** A label line such as {@code *Notes:*}; it ranks below every real heading. */
    int LABEL_LEVEL = 7;

    /** Markup cleaned from the text, never null. */
    String text();

    /** A heading of level 1 to 6, or a label line of {@link #LABEL_LEVEL}. */
    record Heading(int level, String text) implements Block {}

    /** A top-level list item or table row, with its nested sub-items on following lines. */
    record Item(String text) implements Block {}

    /** A line or paragraph of text that is neither a heading nor part of a list. */
    record Line(String text) implements Block {}

    /** The text of a code block: content, but never a heading, label or list. */
    record Verbatim(String text) implements Block {}
}
