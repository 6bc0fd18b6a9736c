package io.phasegate.core.gate.criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the blocks of a line-based text (wiki markup or plain text) while a reader walks it,
 * gluing nested list entries to their top-level item. Used by one reader for one text only.
 */
final class OutlineWriter {
    private final List<Block> blocks = new ArrayList<>();
    private StringBuilder item;
    private int itemIndent;
    private boolean blankBefore = true;

    /** Records an empty line: it separates paragraphs and lets the next line be a label. */
    void blank() {
        blankBefore = true;
    }

    boolean inItem() {
        return item != null;
    }

    int itemIndent() {
        return itemIndent;
    }

    void heading(int level, String text) {
        add(new Block.Heading(level, text));
    }

    /** Starts a new top-level item. */
    void item(String text, int indent) {
        closeItem();
        item = new StringBuilder(text);
        itemIndent = indent;
        blankBefore = false;
    }

    /** Adds a nested entry or continuation line to the current item, or starts one if none is open. */
    void subItem(String text) {
        if (item == null) {
            item(text, 0);
        } else {
            item.append('\n').append(text);
            blankBefore = false;
        }
    }

    /** Adds a line of text; a short colon-terminated line after a blank line becomes a label. */
    void line(String text) {
        if (blankBefore && Labels.isLabel(text)) {
            add(new Block.Heading(Block.LABEL_LEVEL, text));
        } else {
            add(new Block.Line(text));
        }
    }

    /** Adds a block of text that is never split or read as structure, such as a code block. */
    void verbatim(String text) {
        add(new Block.Verbatim(text));
    }

    List<Block> blocks() {
        closeItem();
        return List.copyOf(blocks);
    }

    private void add(Block block) {
        closeItem();
        blocks.add(block);
        blankBefore = false;
    }

    private void closeItem() {
        if (item != null) {
            blocks.add(new Block.Item(item.toString()));
            item = null;
        }
    }
}
