package io.phasegate.core.gate.rules;

import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.RichText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The text of a field value as non-blank entries (list items or lines), whatever format Jira used. */
final class FieldText {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    // ADF nodes after which a line ends; inline nodes (text, mention, ...) continue the current line.
    private static final Set<String> ADF_BLOCKS =
            Set.of("paragraph", "heading", "codeBlock", "tableCell", "tableHeader", "rule");

    private FieldText() {}

    /** Items, or lines of text, stripped and without blank ones; a number is one entry. */
    static List<String> entries(FieldValue value) {
        if (value instanceof FieldValue.Items items) {
            return nonBlank(items.values());
        }
        if (value instanceof FieldValue.Text text) {
            return lines(text.text());
        }
        if (value instanceof FieldValue.Number number) {
            return List.of(number.value().toPlainString());
        }
        return List.of();
    }

    /** The non-blank lines of a text, stripped. */
    static List<String> lines(RichText text) {
        if (text instanceof RichText.Plain plain) {
            return nonBlank(split(plain.text()));
        }
        if (text instanceof RichText.WikiMarkup wiki) {
            return nonBlank(split(wiki.markup()));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collectAdf(((RichText.Adf) text).document(), line, lines);
        endLine(line, lines);
        return nonBlank(lines);
    }

    private static void collectAdf(Map<String, Object> node, StringBuilder line, List<String> lines) {
        Object type = node.get("type");
        if ("text".equals(type) && node.get("text") instanceof String text) {
            line.append(text);
        } else if ("mention".equals(type) && node.get("attrs") instanceof Map<?, ?> attrs) {
            line.append(attrs.get("text") instanceof String mention ? mention : "");
        } else if ("hardBreak".equals(type)) {
            endLine(line, lines);
        }
        for (Map<String, Object> child : RichText.Adf.children(node)) {
            collectAdf(child, line, lines);
        }
        if (ADF_BLOCKS.contains(type)) {
            endLine(line, lines);
        }
    }

    private static void endLine(StringBuilder line, List<String> lines) {
        // Code blocks keep their line breaks inside one text node.
        lines.addAll(List.of(LINE_BREAK.split(line.toString())));
        line.setLength(0);
    }

    /** The lines of a text as {@code \R} splits them; a text without a line break is one line. */
    private static List<String> split(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return List.of(LINE_BREAK.split(text));
            }
        }
        return List.of(text);
    }

    private static List<String> nonBlank(List<String> values) {
        // A loop, not a stream: story points read this for every sub-task of every issue.
        List<String> entries = new ArrayList<>(values.size());
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                entries.add(value.strip());
            }
        }
        return Collections.unmodifiableList(entries);
    }
}
