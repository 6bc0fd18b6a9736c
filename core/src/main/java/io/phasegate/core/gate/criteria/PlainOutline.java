package io.phasegate.core.gate.criteria;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text into blocks: markdown headings ({@code ## Acceptance Criteria}), label lines
 * ({@code Acceptance Criteria:}), lists marked {@code -}, {@code *}, {@code +}, {@code •}, {@code
 * 1.}, {@code 1)}, {@code a)} or {@code [ ]}, nested by indentation, and fenced code.
 */
final class PlainOutline {
    private static final int TAB_WIDTH = 4;
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
    private static final Pattern LIST =
            Pattern.compile("([ \\t]*)(?:[-*+•]|\\d{1,3}[.)]|\\(?[a-zA-Z]\\)|\\[[ xX]?\\])\\s+(.*)");
    private static final Pattern BOLD_LINE = Pattern.compile("(?:\\*\\*([^*]+)\\*\\*|__([^_]+)__)\\s*(:?)");
    private static final String FENCE = "```";

    private final OutlineWriter out = new OutlineWriter();
    private StringBuilder code;

    private PlainOutline() {}

    static List<Block> read(String text) {
        PlainOutline reader = new PlainOutline();
        text.lines().forEach(reader::accept);
        if (reader.code != null) {
            reader.closeCode();
        }
        return reader.out.blocks();
    }

    private void accept(String raw) {
        String line = raw.strip();
        if (line.startsWith(FENCE)) {
            fence();
        } else if (code != null) {
            code.append(raw).append('\n');
        } else if (line.isEmpty()) {
            out.blank();
        } else if (!listOrHeading(raw, line)) {
            text(raw, line);
        }
    }

    private boolean listOrHeading(String raw, String line) {
        Matcher m = LIST.matcher(raw);
        if (m.matches()) {
            String item = InlineMarkup.markdown(InlineMarkup.withoutCheckbox(m.group(2)));
            int indent = indent(m.group(1));
            if (out.inItem() && indent > out.itemIndent()) {
                out.subItem(item);
            } else {
                out.item(item, indent);
            }
            return true;
        }
        if ((m = HEADING.matcher(line)).matches()) {
            out.heading(m.group(1).length(), InlineMarkup.markdown(withoutClosingHashes(m.group(2))));
            return true;
        }
        return false;
    }

    private void text(String raw, String line) {
        Matcher bold = BOLD_LINE.matcher(line);
        if (out.inItem() && indent(raw) > out.itemIndent()) {
            out.subItem(InlineMarkup.markdown(line)); // an indented continuation of the item
        } else if (bold.matches()) {
            String label = (bold.group(1) != null ? bold.group(1) : bold.group(2)).strip() + bold.group(3);
            if (label.endsWith(":")) {
                out.heading(Block.LABEL_LEVEL, label);
            } else {
                out.line(label);
            }
        } else {
            out.line(InlineMarkup.markdown(line));
        }
    }

    private void fence() {
        if (code == null) {
            code = new StringBuilder();
        } else {
            closeCode();
        }
    }

    private void closeCode() {
        String text = code.toString().strip();
        if (!text.isEmpty()) {
            out.verbatim(text);
        }
        code = null;
    }

    private static int indent(String raw) {
        int width = 0;
        for (int i = 0; i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t'); i++) {
            width += raw.charAt(i) == '\t' ? TAB_WIDTH : 1;
        }
        return width;
    }

    /** Drops the optional closing hashes of {@code ## Heading ##} without a backtracking regex. */
    private static String withoutClosingHashes(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '#' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }
}
