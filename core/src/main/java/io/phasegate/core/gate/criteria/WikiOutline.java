package io.phasegate.core.gate.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Jira wiki markup (Data Center, Cloud REST v2) into blocks, one line at a time. */
final class WikiOutline {
    private static final Pattern HEADING = Pattern.compile("h([1-6])\\.\\s*(.*)");
    private static final Pattern LIST = Pattern.compile("([*#]+|-)\\s+(.*)");
    private static final Pattern BOLD_LINE = Pattern.compile("\\*([^*]+)\\*\\s*(:?)");
    private static final Pattern MACRO_LINE = Pattern.compile("\\{[a-zA-Z]+(?::([^{}]*))?\\}");
    private static final Pattern TITLE = Pattern.compile("(?:^|\\|)title=([^|]*)");
    private static final Pattern HORIZONTAL_RULE = Pattern.compile("-{4,}");
    private static final String QUOTE = "bq. ";
    private static final Pattern CODE_OPEN = Pattern.compile("\\{(code|noformat)(?::[^{}]*)?\\}");

    private final OutlineWriter out = new OutlineWriter();
    private StringBuilder code;
    private String codeEnd;

    private WikiOutline() {}

    static List<Block> read(String markup) {
        WikiOutline reader = new WikiOutline();
        markup.lines().forEach(reader::accept);
        if (reader.code != null) {
            reader.continueCode(reader.codeEnd); // an unclosed block still holds text
        }
        return reader.out.blocks();
    }

    private void accept(String raw) {
        if (code != null) {
            continueCode(raw);
            return;
        }
        String line = raw.strip();
        // Each pattern is tried only when the line starts with the character it needs: most lines
        // are plain text, and this runs for every line of every description a gate reads.
        Matcher codeOpen = line.startsWith("{") ? CODE_OPEN.matcher(line) : null;
        if (codeOpen != null && codeOpen.lookingAt()) {
            codeEnd = "{" + codeOpen.group(1) + "}";
            code = new StringBuilder();
            continueCode(line.substring(codeOpen.end()));
        } else if (line.isEmpty()) {
            out.blank();
        } else if (!structure(line)) {
            text(line);
        }
    }

    /** Handles headings, lists, tables, macros and rules; false when the line is plain text. */
    private boolean structure(String line) {
        Matcher m;
        char first = line.charAt(0);
        if (first == 'h' && (m = HEADING.matcher(line)).matches()) {
            out.heading(Integer.parseInt(m.group(1)), InlineMarkup.wiki(m.group(2)));
        } else if ((first == '*' || first == '#' || first == '-') && (m = LIST.matcher(line)).matches()) {
            listItem(m.group(1), m.group(2));
        } else if (line.startsWith("||")) {
            out.blank(); // a header row of a table names columns, it is no criterion
        } else if (line.startsWith("|")) {
            out.item(tableRow(line), 0);
        } else if (first == '{' && (m = MACRO_LINE.matcher(line)).matches()) {
            macro(m.group(1));
        } else {
            return first == '-' && HORIZONTAL_RULE.matcher(line).matches();
        }
        return true;
    }

    private void text(String rawLine) {
        String line =
                rawLine.startsWith(QUOTE) ? rawLine.substring(QUOTE.length()).strip() : rawLine;
        Matcher bold = line.startsWith("*") ? BOLD_LINE.matcher(line) : null;
        if (bold != null && bold.matches()) {
            String label = InlineMarkup.wiki(bold.group(1)) + bold.group(2);
            if (label.endsWith(":")) {
                out.heading(Block.LABEL_LEVEL, label);
            } else {
                out.line(label);
            }
            return;
        }
        String cleaned = InlineMarkup.wiki(line);
        if (!cleaned.isEmpty()) {
            out.line(cleaned);
        }
    }

    private void listItem(String marker, String text) {
        String cleaned = InlineMarkup.wiki(InlineMarkup.withoutCheckbox(text));
        if (marker.length() == 1) {
            out.item(cleaned, 0);
        } else {
            out.subItem(cleaned);
        }
    }

    /** A panel's title reads like a label ({@code {panel:title=Acceptance Criteria}}). */
    private void macro(String parameters) {
        Matcher title = parameters == null ? null : TITLE.matcher(parameters);
        if (title != null && title.find() && !title.group(1).isBlank()) {
            out.heading(Block.LABEL_LEVEL, title.group(1).strip());
        }
    }

    private static String tableRow(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\\|")) {
            String text = InlineMarkup.wiki(cell);
            if (!text.isEmpty() && !InlineMarkup.isRowNumber(text)) {
                cells.add(text);
            }
        }
        return String.join(" | ", cells);
    }

    private void continueCode(String line) {
        int end = line.indexOf(codeEnd);
        code.append(end < 0 ? line : line.substring(0, end)).append('\n');
        if (end >= 0) {
            String text = code.toString().strip();
            if (!text.isEmpty()) {
                out.verbatim(text);
            }
            code = null;
        }
    }
}
