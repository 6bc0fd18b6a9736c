package io.phasegate.standalone.export;

import java.util.Objects;
import java.util.Optional;

/** A Jira answer to one GET: status, body text and the {@code Retry-After} header if any. */
public record JiraResponse(int status, String body, Optional<String> retryAfter) {

    public JiraResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** An answer without {@code Retry-After}. */
    public static JiraResponse of(int status, String body) {
        return new JiraResponse(status, body, Optional.empty());
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Worth asking again: rate limited or a server-side failure that may pass. */
    boolean transientFailure() {
        return status == 429 || status >= 500;
    }
}
