package io.phasegate.core.setup;

/** A small indenting XML writer that escapes every attribute value and text. */
final class XmlOut {
    private final StringBuilder text = new StringBuilder();
    private int depth;

    XmlOut line(String raw) {
        text.append(raw).append('\n');
        return this;
    }

    /** Opens {@code element} with attributes given as name, value pairs. */
    XmlOut open(String element, String... attributes) {
        indent().append('<').append(element);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            text.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
        text.append(">\n");
        depth++;
        return this;
    }

    XmlOut close(String element) {
        depth--;
        indent().append("</").append(element).append(">\n");
        return this;
    }

    XmlOut meta(String name, String value) {
        return leaf("meta", name, value);
    }

    XmlOut arg(String name, String value) {
        return leaf("arg", name, value);
    }

    private XmlOut leaf(String element, String name, String value) {
        indent().append('<')
                .append(element)
                .append(" name=\"")
                .append(escape(name))
                .append("\">");
        text.append(escape(value)).append("</").append(element).append(">\n");
        return this;
    }

    String text() {
        return text.toString();
    }

    private StringBuilder indent() {
        return text.append("  ".repeat(depth));
    }

    /** Escapes the five XML special characters; control characters other than tab, CR, LF are dropped. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
