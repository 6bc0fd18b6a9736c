package io.phasegate.standalone.migrate;

/**
 * Admin-typed text (transition, step and gate names, messages quoting them) made inert in a
 * Markdown report: one line, no table-breaking {@code |}, no emphasis, links, code or HTML.
 */
final class MarkdownText {
    private static final String ESCAPED = "\\`*_[]|~#!";

    private MarkdownText() {}

    /** {@code text} as literal Markdown on one line; blank text reads {@code (blank)}. */
    static String escape(String text) {
        if (text == null || text.isBlank()) {
            return "(blank)";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.strip().codePoints().forEach(c -> append(out, c));
        return out.toString();
    }

    private static void append(StringBuilder out, int c) {
        if (c == '<') {
            out.append("&lt;");
        } else if (c == '>') {
            out.append("&gt;");
        } else if (c == '&') {
            out.append("&amp;");
        } else if (ESCAPED.indexOf(c) >= 0) {
            out.append('\\').appendCodePoint(c);
        } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(' ');
        } else {
            out.appendCodePoint(c);
        }
    }
}
