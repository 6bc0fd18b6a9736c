package io.phasegate.core.gate.criteria;

/** A short, single-line form of a text for messages, cut at a code-point boundary. */
final class Excerpt {
    static final int MAX_LENGTH = 60;
    private static final String ELLIPSIS = "…";

    private Excerpt() {}

    static String of(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= MAX_LENGTH) {
            return line;
        }
        int end = line.offsetByCodePoints(0, MAX_LENGTH - ELLIPSIS.length());
        return line.substring(0, end).strip() + ELLIPSIS;
    }
}
