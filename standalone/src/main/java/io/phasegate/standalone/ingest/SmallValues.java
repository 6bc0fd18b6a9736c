package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the few scalars sprint health needs out of a small object (status, issue type, user) or a
 * string array (labels) straight from the parser, without building a tree: thousands of issues
 * each have several of them. Values are shared through the {@link StringPool}.
 */
final class SmallValues {
    private SmallValues() {}

    /**
     * The scalar values at the given paths ({@code name}, {@code statusCategory.key}) of the object
     * the parser is at, as text; null where missing. Anything else, a null or a scalar, gives nulls.
     */
    static String[] read(JsonParser parser, StringPool pool, String... paths) throws IOException {
        String[] values = new String[paths.length];
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            object(parser, pool, "", paths, values);
        }
        return values;
    }

    /** One scalar member of the object the parser is at, or null. */
    static String text(JsonParser parser, StringPool pool, String name) throws IOException {
        return read(parser, pool, name)[0];
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
                strings.add(pool.of(parser));
            } else {
                parser.skipChildren();
            }
        }
        return strings.isEmpty() ? List.of() : List.copyOf(strings);
    }

    private static void object(JsonParser parser, StringPool pool, String prefix, String[] paths, String[] values)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String path = prefix.isEmpty() ? name : prefix + name;
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT && wanted(path + ".", paths)) {
                object(parser, pool, path + ".", paths, values);
            } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                for (int i = 0; i < paths.length; i++) {
                    if (paths[i].equals(path)) {
                        values[i] = pool.of(parser);
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
