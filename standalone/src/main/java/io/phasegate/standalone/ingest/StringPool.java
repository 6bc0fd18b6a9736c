package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;

/**
 * Shares one copy of the strings that repeat across thousands of issues (status names and ids,
 * field ids, assignees, changelog values), so memory grows with the issues and not with the text
 * the parser hands out. Text is looked up straight from the parser's character buffer: a value
 * seen before costs no new {@code String}, and the shared copy's hash code is computed only once.
 */
final class StringPool {
    private static final int MAX_POOLED_LENGTH = 64;
    private String[] table = new String[256];
    // The characters of each shared string, compared as arrays: faster than charAt one by one.
    private char[][] characters = new char[256][];
    private int size;

    String of(String text) {
        if (text == null || text.length() > MAX_POOLED_LENGTH) {
            return text;
        }
        int hash = text.hashCode();
        int mask = table.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String known = table[i];
            if (known == null) {
                return add(i, text);
            }
            if (known.hashCode() == hash && known.equals(text)) {
                return known;
            }
        }
    }

    /** The text of the parser's current scalar token, shared. */
    String of(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        if (length > MAX_POOLED_LENGTH) {
            return parser.getText();
        }
        return of(parser.getTextCharacters(), parser.getTextOffset(), length);
    }

    /** The text of {@code length} characters at {@code offset}, shared; a new string only when first seen. */
    String of(char[] chars, int offset, int length) {
        if (length > MAX_POOLED_LENGTH) {
            return new String(chars, offset, length);
        }
        int hash = 0; // String.hashCode's formula, so that the copies' cached hash codes can be compared
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = table.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String known = table[i];
            if (known == null) {
                return add(i, new String(chars, offset, length));
            }
            if (known.hashCode() == hash && sameText(characters[i], chars, offset, length)) {
                return known;
            }
        }
    }

    /** True when {@code length} characters at {@code offset} are {@code known}'s. */
    static boolean sameText(char[] known, char[] chars, int offset, int length) {
        return known.length == length && Arrays.equals(known, 0, length, chars, offset, offset + length);
    }

    private String add(int slot, String text) {
        table[slot] = text;
        characters[slot] = text.toCharArray();
        if (++size * 2 > table.length) {
            grow();
        }
        return text;
    }

    private void grow() {
        String[] old = table;
        char[][] oldCharacters = characters;
        table = new String[old.length * 2];
        characters = new char[old.length * 2][];
        int mask = table.length - 1;
        for (int j = 0; j < old.length; j++) {
            if (old[j] != null) {
                int i = spread(old[j].hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = old[j];
                characters[i] = oldCharacters[j];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
