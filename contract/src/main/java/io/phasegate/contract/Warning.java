package io.phasegate.contract;

import io.phasegate.core.issue.IssueKey;
import java.util.Objects;

/**
 * A note about odd but readable data, shown with a sprint's health.
 *
 * @param issue the issue it concerns; null for notes about the whole data set
 */
public record Warning(IssueKey issue, String text) {
    public Warning {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return issue == null ? text : issue + ": " + text;
    }
}
