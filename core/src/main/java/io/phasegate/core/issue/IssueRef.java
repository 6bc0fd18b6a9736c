package io.phasegate.core.issue;

import java.util.Objects;

/**
 * The few facts the engine needs about an issue at the other end of a link.
 *
 * @param hidden whether the person the result is shown to may not browse this issue: the engine
 *     counts it as any other, but messages and panels do not name it (they say how many are hidden)
 */
public record IssueRef(IssueKey key, String issueType, String status, StatusCategory statusCategory, boolean hidden) {
    public IssueRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusCategory, "statusCategory");
    }

    /** A linked issue everyone the result is shown to may see. */
    public IssueRef(IssueKey key, String issueType, String status, StatusCategory statusCategory) {
        this(key, issueType, status, statusCategory, false);
    }

    /** The same issue, not to be named to the viewer. */
    public IssueRef asHidden() {
        return new IssueRef(key, issueType, status, statusCategory, true);
    }
}
