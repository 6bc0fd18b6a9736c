package io.phasegate.core.issue;

import java.util.Objects;

/** The few facts the engine needs about an issue at the other end of a link. */
public record IssueRef(IssueKey key, String issueType, String status, StatusCategory statusCategory) {
    public IssueRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusCategory, "statusCategory");
    }
}
