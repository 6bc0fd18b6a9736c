package io.phasegate.core.app;

import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.IssueKey;
import java.util.List;
import java.util.Objects;

/** An issue that does not pass the readiness gate, with everything it lacks. */
public record Offender(IssueKey key, String summary, List<Violation> missing) {
    public Offender {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        missing = List.copyOf(missing);
    }
}
