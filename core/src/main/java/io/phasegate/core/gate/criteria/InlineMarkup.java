package io.phasegate.core.gate.criteria;

import java.util.regex.Pattern;

/**
 * Removes inline formatting from one line of wiki markup or markdown, keeping the words a reader
 * sees. Every pattern uses negated character classes so that hostile input stays linear.
 */
final class InlineMarkup {
    private static final Pattern MONOSPACE = Pattern.compile("\\{\\{|\\}\\}");
    private static final Pattern MACRO = Pattern.compile("\\{[a-zA-Z]+(?::[^{}]*)?\\}");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[([^|\\[\\]]*)\\|[^\\[\\]]*\\]");
    private static final Pattern WIKI_BARE_LINK = Pattern.compile("\\[([^|\\[\\]]+)\\]");
    private static final Pattern IMAGE = Pattern.compile("![^!\\s]+!");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^()\\s]*\\)");
    private static final Pattern BACKTICK = Pattern.compile("`");
    // Emphasis markers hug a word on one side only: *bold*, _italic_; snake_case and 2*3 stay.
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])[*_]+|[*_]+(?![\\p{L}\\p{N}])");
    private static final Pattern ROW_NUMBER = Pattern.compile("#?\\d{1,4}[.)]?");
    private static final Pattern CHECKBOX = Pattern.compile("\\[[ xX]?\\]\\s*");

    private InlineMarkup() {}

    /** The visible text of a line of Jira wiki markup. */
    static String wiki(String line) {
        // Each pattern runs only when its marker character is present: most lines have none, and
        // this runs for every line of every description a gate reads.
        String text = line;
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            text = MONOSPACE.matcher(text).replaceAll("");
            text = MACRO.matcher(text).replaceAll("");
        }
        if (text.indexOf('[') >= 0) {
            text = WIKI_LINK.matcher(text).replaceAll("$1");
            text = WIKI_BARE_LINK.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('!') >= 0) {
            text = IMAGE.matcher(text).replaceAll("");
        }
        return withoutEmphasis(text).strip();
    }

    /** The visible text of a line of plain text that may use markdown. */
    static String markdown(String line) {
        String text = line;
        if (text.indexOf('[') >= 0) {
            text = MARKDOWN_LINK.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('`') >= 0) {
            text = BACKTICK.matcher(text).replaceAll("");
        }
        return withoutEmphasis(text).strip();
    }

    private static String withoutEmphasis(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('_') >= 0
                ? EMPHASIS.matcher(text).replaceAll("")
                : text;
    }

    /** The text of a list item without a leading task checkbox such as {@code [ ]} or {@code [x]}. */
    static String withoutCheckbox(String itemText) {
        String trimmed = itemText.strip();
        if (!trimmed.startsWith("[")) {
            return trimmed;
        }
        var matcher = CHECKBOX.matcher(trimmed);
        return matcher.lookingAt() ? trimmed.substring(matcher.end()) : trimmed;
    }

    /** Whether a table cell holds only a row number ({@code 1}, {@code 2.}, {@code #3}). */
    static boolean isRowNumber(String cell) {
        return ROW_NUMBER.matcher(cell.strip()).matches();
    }
}
