package io.phasegate.standalone.ingest;

import io.phasegate.core.issue.IssueKey;
import java.util.Objects;

/**
 * A note about odd but readable data: what was odd, where (file and JSON pointer) and what was done
 * about it. {@code issue} is null for notes about the whole data set, which concern every sprint.
 */
public record DataWarning(IssueKey issue, String text) {
    public DataWarning {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return issue == null ? text : issue + ": " + text;
    }
}
