package io.phasegate.core.gate.criteria;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a heading or label names the acceptance-criteria section: case-insensitive, ignoring
 * markup, punctuation and a trailing colon. The default heading also accepts {@code AC}.
 */
final class HeadingMatcher {
    static final String DEFAULT_HEADING = "Acceptance Criteria";

    // Longer text is a sentence, never a heading; skipping it keeps hostile input cheap.
    private static final int MAX_HEADING_LENGTH = 200;
    private static final String DEFAULT = normalize(DEFAULT_HEADING);

    private final Set<String> names;

    HeadingMatcher(String heading) {
        String name = normalize(heading);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a section heading needs letters or digits: '" + heading + "'");
        }
        names = name.equals(DEFAULT)
                ? Set.of(name, "ac", "acs", "acceptance criterion", "acceptance criteria ac")
                : Set.of(name);
    }

    boolean matches(String text) {
        return text.length() <= MAX_HEADING_LENGTH && names.contains(normalize(text));
    }

    /** For a line such as {@code AC: users can log in}, the text after the label. */
    Optional<String> textAfterLabel(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > MAX_HEADING_LENGTH || !matches(line.substring(0, colon))) {
            return Optional.empty();
        }
        String rest = line.substring(colon + 1).strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    /** Lower-case words separated by single spaces, without markup, punctuation or symbols. */
    static String normalize(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                words.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }
}
