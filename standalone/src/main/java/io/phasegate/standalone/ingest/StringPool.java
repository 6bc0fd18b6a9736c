package io.phasegate.standalone.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one copy of the strings that repeat across thousands of issues (status names, field ids,
 * assignees), so memory grows with the issues and not with the text the parser hands out.
 */
final class StringPool {
    private static final int MAX_POOLED_LENGTH = 64;
    private final Map<String, String> strings = new HashMap<>();

    String of(String text) {
        if (text == null || text.length() > MAX_POOLED_LENGTH) {
            return text;
        }
        String known = strings.putIfAbsent(text, text);
        return known == null ? text : known;
    }
}
