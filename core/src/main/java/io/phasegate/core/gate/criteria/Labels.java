package io.phasegate.core.gate.criteria;

import java.util.Locale;
import java.util.Set;

/** Recognises label lines such as {@code Notes:} that open a section without a real heading. */
final class Labels {
    private static final int MAX_WORDS = 5;
    private static final int MAX_LENGTH = 60;

    // Gherkin keywords end with a colon too, but they belong to a criterion.
    private static final Set<String> GHERKIN = Set.of(
            "given",
            "when",
            "then",
            "and",
            "but",
            "scenario",
            "scenarios",
            "examples",
            "background",
            "feature",
            "rule");

    private Labels() {}

    /** Whether the whole text is a short label ending with a colon, such as {@code Out of scope:}. */
    static boolean isLabel(String text) {
        String trimmed = text.strip();
        if (trimmed.length() < 2 || trimmed.length() > MAX_LENGTH || !trimmed.endsWith(":")) {
            return false;
        }
        String body = trimmed.substring(0, trimmed.length() - 1).strip();
        if (body.isEmpty() || body.indexOf(':') >= 0) {
            return false;
        }
        // The words as body.split("\\s+") gives them, counted with a scan instead of a regex.
        int words = 0;
        int firstEnd = -1;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            if (isRegexSpace(body.charAt(i))) {
                if (inWord && firstEnd < 0) {
                    firstEnd = i;
                }
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                words++;
            }
        }
        String first = body.substring(0, firstEnd < 0 ? body.length() : firstEnd);
        return words <= MAX_WORDS && !GHERKIN.contains(first.toLowerCase(Locale.ROOT));
    }

    /** The characters of the regex class {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The first word of a line, lower-cased and without a trailing colon. */
    static String firstWord(String line) {
        String trimmed = line.strip();
        int end = 0;
        while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
