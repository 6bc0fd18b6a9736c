package io.phasegate.standalone.check;

/**
 * Makes text from Jira safe to print on a terminal: control characters (escape sequences that could
 * recolour or clear the screen, carriage returns that could overwrite a line, line breaks that could
 * forge extra lines) and bidirectional overrides are shown as {@code \u001b}-style escapes.
 */
final class TerminalText {
    private TerminalText() {}

    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c)
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
