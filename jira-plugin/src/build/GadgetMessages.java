import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Build step of the plugin (run by exec-maven-plugin as a JDK single-file program, never packaged):
 * turns the gadgets' one message file, {@code phasegate-web/i18n/en.json}, into what Jira needs —
 *
 * <ul>
 *   <li>{@code i18n/phasegate-web.properties}, an i18n resource of the plugin, and
 *   <li>{@code js/gadgets/phasegate-messages.js}, an AMD module {@code phasegate/messages} with one
 *       literal {@code AJS.I18n.getText('key')} per key, which Jira's {@code jsI18n} web-resource
 *       transformer replaces by the text of that key in the user's language.
 * </ul>
 *
 * <p>The gadget code builds keys at run time ({@code 'phasegate.metric.' + id + '.how'}), which the
 * transformer cannot see; hence this table of literal calls. Texts must not contain an ASCII
 * apostrophe (Jira may or may not pass a text through MessageFormat, which treats {@code '} as a
 * quote) and may use braces only as {@code {0}}-style placeholders: the build fails otherwise.
 *
 * <p>Usage: {@code java GadgetMessages.java EN_JSON OUT_PROPERTIES OUT_JS}
 */
public final class GadgetMessages {
    private static final Pattern KEY = Pattern.compile("phasegate\\.[\\w.-]+");
    private static final Pattern BRACES = Pattern.compile("\\{(?!\\d+\\})|(?<!\\{\\d{1,3})\\}");

    private GadgetMessages() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GadgetMessages EN_JSON OUT_PROPERTIES OUT_JS");
        }
        Path source = Path.of(args[0]);
        Map<String, String> messages = new FlatJson(Files.readString(source, StandardCharsets.UTF_8)).read();
        messages.forEach((key, text) -> check(source, key, text));
        write(Path.of(args[1]), properties(source, messages));
        write(Path.of(args[2]), module(source, messages));
    }

    private static void check(Path source, String key, String text) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalStateException(source + ": key " + key + " is not phasegate.[letters, digits . - _]");
        }
        if (text.indexOf('\'') >= 0) {
            throw new IllegalStateException(source + ": " + key + " contains an ASCII apostrophe; use \u2019");
        }
        if (BRACES.matcher(text).find()) {
            throw new IllegalStateException(source + ": " + key + " uses braces other than {0}-style placeholders");
        }
    }

    private static String properties(Path source, Map<String, String> messages) {
        StringBuilder out = new StringBuilder();
        out.append("# Generated at build time from ").append(source.getFileName());
        out.append(" (web module, phasegate-web/i18n/). Do not edit: edit en.json.\n");
        messages.forEach((key, text) ->
                out.append(key).append('=').append(escape(text)).append('\n'));
        return out.toString();
    }

    private static String module(Path source, Map<String, String> messages) {
        StringBuilder out = new StringBuilder();
        out.append("/* Generated at build time from ").append(source.getFileName())
                .append(": the gadgets' messages as literal AJS.I18n.getText calls, which Jira's jsI18n\n")
                .append("   transformer replaces by the user's texts (i18n/phasegate-web.properties). Do not edit. */\n")
                .append("define('phasegate/messages', [], function () {\n")
                .append("  'use strict';\n")
                .append("  return {\n");
        int i = 0;
        for (String key : messages.keySet()) {
            out.append("    '").append(key).append("': AJS.I18n.getText('").append(key).append("')");
            out.append(++i < messages.size() ? ",\n" : "\n");
        }
        out.append("  };\n});\n");
        return out.toString();
    }

    /** Properties-file escaping; everything outside printable ASCII as {@code \\uXXXX}. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else if (c == ' ' && i == 0) {
                        out.append("\\ ");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void write(Path target, String content) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, content, StandardCharsets.UTF_8);
    }

    /** A reader for one flat JSON object of string values (all en.json is), failing on anything else. */
    private static final class FlatJson {
        private final String text;
        private int at;

        FlatJson(String text) {
            this.text = text;
        }

        Map<String, String> read() {
            Map<String, String> result = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                at++;
                return result;
            }
            do {
                String key = string();
                expect(':');
                if (result.put(key, string()) != null) {
                    throw error("duplicate key " + key);
                }
            } while (next() == ',');
            at--;
            expect('}');
            return result;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private char peek() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalStateException error(String what) {
            return new IllegalStateException("en.json: " + what + " at character " + at);
        }
    }
}
