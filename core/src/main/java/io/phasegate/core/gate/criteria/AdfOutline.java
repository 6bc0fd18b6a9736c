package io.phasegate.core.gate.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an Atlassian Document Format document (Jira Cloud REST v3) into blocks: headings, paragraphs
 * (bold or colon-terminated ones as labels), bullet, ordered, task and decision lists, table rows and
 * code blocks. Panels, quotes and layouts are read through; an expand's title is a label.
 */
final class AdfOutline {
    /** Deeper trees are cut off: real documents nest a few levels, hostile ones would overflow. */
    static final int MAX_DEPTH = 64;

    private static final Set<String> LISTS = Set.of("bulletList", "orderedList", "taskList", "decisionList");
    private static final Set<String> SKIPPED = Set.of("rule", "media", "mediaSingle", "mediaGroup", "extension");

    private final List<Block> blocks = new ArrayList<>();

    private AdfOutline() {}

    static List<Block> read(Map<String, Object> document) {
        AdfOutline reader = new AdfOutline();
        reader.block(document, 0);
        return List.copyOf(reader.blocks);
    }

    private void block(Object node, int depth) {
        String type = AdfNode.type(node);
        if (depth > MAX_DEPTH || SKIPPED.contains(type)) {
            return;
        }
        if (LISTS.contains(type)) {
            list(node, depth);
            return;
        }
        switch (type) {
            case "heading" -> blocks.add(new Block.Heading(AdfNode.level(node), flatText(node, depth)));
            case "paragraph" -> paragraph(node);
            case "codeBlock" -> addVerbatim(flatText(node, depth));
            case "table" -> table(node, depth);
            case "expand", "nestedExpand" -> expand(node, depth);
            default -> AdfNode.children(node).forEach(child -> block(child, depth + 1));
        }
    }

    /** An expand's title reads like a label, as a wiki panel's does. */
    private void expand(Object node, int depth) {
        String title = AdfNode.stringAttr(node, "title").strip();
        if (!title.isEmpty()) {
            blocks.add(new Block.Heading(Block.LABEL_LEVEL, title));
        }
        AdfNode.children(node).forEach(child -> block(child, depth + 1));
    }

    private void paragraph(Object node) {
        boolean first = true;
        for (String line : flatText(node, 0).split("\n")) {
            boolean label = Labels.isLabel(line) || (line.endsWith(":") && allBold(node));
            if (first && label) {
                blocks.add(new Block.Heading(Block.LABEL_LEVEL, line));
            } else {
                addLine(line);
            }
            first = false;
        }
    }

    /** Each entry is one item; a list nested directly in a list belongs to the entry before it. */
    private void list(Object list, int depth) {
        for (Object entry : AdfNode.children(list)) {
            String text =
                    LISTS.contains(AdfNode.type(entry)) ? nestedItems(entry, depth + 1) : flatText(entry, depth + 1);
            int last = blocks.size() - 1;
            if (LISTS.contains(AdfNode.type(entry)) && last >= 0 && blocks.get(last) instanceof Block.Item item) {
                blocks.set(last, new Block.Item(item.text() + "\n" + text));
            } else {
                blocks.add(new Block.Item(text));
            }
        }
    }

    private String nestedItems(Object list, int depth) {
        List<String> texts = new ArrayList<>();
        AdfNode.children(list).forEach(entry -> texts.add(flatText(entry, depth + 1)));
        return String.join("\n", texts);
    }

    private void table(Object table, int depth) {
        for (Object row : AdfNode.children(table)) {
            List<String> cells = new ArrayList<>();
            boolean header = true;
            for (Object cell : AdfNode.children(row)) {
                header &= AdfNode.type(cell).equals("tableHeader");
                String text = flatText(cell, depth + 2).replace('\n', ' ');
                if (!text.isEmpty() && !InlineMarkup.isRowNumber(text)) {
                    cells.add(text);
                }
            }
            if (!header) {
                blocks.add(new Block.Item(String.join(" | ", cells)));
            }
        }
    }

    private void addLine(String text) {
        if (!text.isBlank()) {
            blocks.add(new Block.Line(text.strip()));
        }
    }

    private void addVerbatim(String text) {
        if (!text.isBlank()) {
            blocks.add(new Block.Verbatim(text.strip()));
        }
    }

    private static boolean allBold(Object paragraph) {
        return AdfNode.children(paragraph).stream()
                .filter(child -> !AdfNode.inlineText(child).isBlank())
                .allMatch(child -> AdfNode.hasMark(child, "strong"));
    }

    /** All text below a node, one line per paragraph, list entry or line break, blank lines dropped. */
    private static String flatText(Object node, int depth) {
        StringBuilder text = new StringBuilder();
        appendText(node, depth, text);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return String.join("\n", lines);
    }

    private static void appendText(Object node, int depth, StringBuilder text) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Object child : AdfNode.children(node)) {
            String inline = AdfNode.inlineText(child);
            if (!inline.isEmpty()) {
                text.append(inline);
            } else {
                appendText(child, depth + 1, text);
                text.append('\n');
            }
        }
    }
}
