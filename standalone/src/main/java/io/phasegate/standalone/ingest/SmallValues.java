package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the few scalars sprint health needs out of a small object (status, issue type, user) or a
 * string array (labels) straight from the parser, without building a tree: thousands of issues
 * each have several of them.
 */
final class SmallValues {
    private SmallValues() {}

    /**
     * The scalar values at the given paths ({@code name}, {@code statusCategory.key}) of the object
     * the parser is at, as text; null where missing. Anything else, a null or a scalar, gives nulls.
     */
    static String[] read(JsonParser parser, String... paths) throws IOException {
        String[] values = new String[paths.length];
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            object(parser, "", paths, values);
        }
        return values;
    }

    /** One scalar member of the object the parser is at, or null. */
    static String text(JsonParser parser, String name) throws IOException {
        return read(parser, name)[0];
    }

    /** The strings of the array the parser is at (other elements skipped); empty for anything else. */
    static List<String> strings(JsonParser parser, StringPool pool) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return List.of();
        }
        List<String> strings = new ArrayList<>(2);
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.VALUE_STRING) {
                strings.add(pool.of(parser.getText()));
            } else {
                parser.skipChildren();
            }
        }
        return strings.isEmpty() ? List.of() : List.copyOf(strings);
    }

    private static void object(JsonParser parser, String prefix, String[] paths, String[] values) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String path = prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT && wanted(path + ".", paths)) {
                object(parser, path + ".", paths, values);
            } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                for (int i = 0; i < paths.length; i++) {
                    if (paths[i].equals(path)) {
                        values[i] = parser.getText();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static boolean wanted(String prefix, String[] paths) {
        for (String path : paths) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
