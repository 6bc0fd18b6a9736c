package io.phasegate.core.cloud;

/**
 * Writes values from gate configuration into Jira expression source: every string becomes a quoted
 * literal, so a hostile name such as {@code x' || true || '} stays text and never becomes code.
 */
final class ExpressionText {
    private ExpressionText() {}

    /** A single-quoted string literal; quotes, backslashes, line breaks and control characters escaped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters, line/paragraph separators and lone surrogates as \\u escapes.
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }

    /** A list literal of quoted strings: {@code ['a', 'b']}. */
    static String list(Iterable<String> texts) {
        StringBuilder out = new StringBuilder("[");
        for (String text : texts) {
            out.append(out.length() > 1 ? ", " : "").append(quote(text));
        }
        return out.append(']').toString();
    }

    /**
     * The syntactic leaves of an expression this compiler wrote: identifiers, numbers and string
     * literals, as Jira counts them against its limit on syntactic elements.
     */
    static int leaves(String expression) {
        int leaves = 0;
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = endOfString(expression, i);
                leaves++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                while (i < expression.length()
                        && (Character.isLetterOrDigit(expression.charAt(i))
                                || expression.charAt(i) == '_'
                                || expression.charAt(i) == '.' && Character.isDigit(c))) {
                    i++;
                }
                leaves++;
            } else {
                i++;
            }
        }
        return leaves;
    }

    /**
     * The expression without the blanks a reader needs but Jira counts as characters: a blank stays
     * only between two parts of a word or of an operator, where removing it would join them.
     */
    static String compact(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                int end = endOfString(expression, i);
                out.append(expression, i, end);
                i = end;
            } else if (c == ' ') {
                int next = i;
                while (next < expression.length() && expression.charAt(next) == ' ') {
                    next++;
                }
                if (out.length() > 0
                        && next < expression.length()
                        && joins(out.charAt(out.length() - 1), expression.charAt(next))) {
                    out.append(' ');
                }
                i = next;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean joins(char before, char after) {
        return word(before) && word(after) || OPERATOR.indexOf(before) >= 0 && OPERATOR.indexOf(after) >= 0;
    }

    private static final String OPERATOR = "+-*/%<>=!&|?";

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int endOfString(String expression, int start) {
        int i = start + 1;
        while (i < expression.length() && expression.charAt(i) != '\'') {
            i += expression.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
