package io.phasegate.core.issue;

import java.util.Objects;
import java.util.regex.Pattern;

/** The key of a Jira issue, such as {@code PG-42}. */
public record IssueKey(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]*-[0-9]+");

    public IssueKey {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Jira issue key: '" + value + "'");
        }
    }

    public static IssueKey of(String value) {
        return new IssueKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
