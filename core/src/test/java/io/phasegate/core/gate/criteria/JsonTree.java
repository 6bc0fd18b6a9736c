package io.phasegate.core.gate.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for test fixtures, giving the map/list tree that {@code RichText.Adf}
 * holds. Core has no JSON library; the adapters parse real Jira responses with Jackson.
 */
public final class JsonTree {
    private final String json;
    private int pos;

    private JsonTree(String json) {
        this.json = json;
    }

    /** The document as nested maps, lists, strings, numbers, booleans and nulls. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String json) {
        JsonTree reader = new JsonTree(json);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos != json.length()) {
            throw reader.error("trailing characters");
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        skipSpace();
        char c = json.charAt(pos);
        if (c == '{') return object();
        if (c == '[') return array();
        if (c == '"') return string();
        if (json.startsWith("true", pos)) return literal("true", Boolean.TRUE);
        if (json.startsWith("false", pos)) return literal("false", Boolean.FALSE);
        if (json.startsWith("null", pos)) return literal("null", null);
        return number();
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        expect('{');
        while (!peek('}')) {
            String key = string();
            expect(':');
            map.put(key, value());
            if (!peek('}')) expect(',');
        }
        expect('}');
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        expect('[');
        while (!peek(']')) {
            list.add(value());
            if (!peek(']')) expect(',');
        }
        expect(']');
        return list;
    }

    private String string() {
        skipSpace();
        expect('"');
        StringBuilder text = new StringBuilder();
        for (char c = json.charAt(pos++); c != '"'; c = json.charAt(pos++)) {
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = json.charAt(pos++);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'u' -> {
                    text.append((char) Integer.parseInt(json.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }

    private Number number() {
        int start = pos;
        while (pos < json.length() && "+-0123456789.eE".indexOf(json.charAt(pos)) >= 0) pos++;
        String digits = json.substring(start, pos);
        if (digits.isEmpty()) throw error("unexpected character");
        return digits.matches("-?\\d+") ? (Number) Long.valueOf(digits) : (Number) Double.valueOf(digits);
    }

    private Object literal(String word, Object value) {
        pos += word.length();
        return value;
    }

    private boolean peek(char c) {
        skipSpace();
        return json.charAt(pos) == c;
    }

    private void expect(char c) {
        skipSpace();
        if (json.charAt(pos) != c) throw error("expected '" + c + "'");
        pos++;
    }

    private void skipSpace() {
        while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) pos++;
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at " + pos + " in " + json);
    }
}
