package io.phasegate.core.issue;

import java.util.Objects;

/** The key of a Jira issue, such as {@code PG-42}: {@code [A-Z][A-Z0-9_]*-[0-9]+}. */
public record IssueKey(String value) {
    public IssueKey {
        Objects.requireNonNull(value, "value");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("not a Jira issue key: '" + value + "'");
        }
    }

    public static IssueKey of(String value) {
        return new IssueKey(value);
    }

    // Checked by hand rather than by regular expression: an export builds one key per issue, and the
    // matcher was a visible share of reading 200,000 issues.
    private static boolean wellFormed(String value) {
        int dash = value.lastIndexOf('-');
        if (dash < 1 || dash == value.length() - 1 || !upper(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < dash; i++) {
            char c = value.charAt(i);
            if (!upper(c) && !digit(c) && c != '_') {
                return false;
            }
        }
        for (int i = dash + 1; i < value.length(); i++) {
            if (!digit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return value;
    }
}
