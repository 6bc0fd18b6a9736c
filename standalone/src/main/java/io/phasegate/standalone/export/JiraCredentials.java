package io.phasegate.standalone.export;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How the export signs in: a Data Center personal access token (sent as {@code Bearer}) or a
 * Cloud account e-mail with an API token (sent as HTTP basic auth). {@link #toString()} never
 * shows the secret, so a credentials object can't leak into a log line or an error message.
 */
public final class JiraCredentials {
    private final String kind;
    private final String authorization;

    private JiraCredentials(String kind, String authorization) {
        this.kind = kind;
        this.authorization = authorization;
    }

    /** A Data Center / Server personal access token. */
    public static JiraCredentials bearer(String personalAccessToken) {
        Objects.requireNonNull(personalAccessToken, "personalAccessToken");
        return new JiraCredentials("personal access token", "Bearer " + personalAccessToken);
    }

    /** A Cloud account's e-mail and API token. */
    public static JiraCredentials basic(String email, String apiToken) {
        String pair = Objects.requireNonNull(email, "email") + ":" + Objects.requireNonNull(apiToken, "apiToken");
        String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        return new JiraCredentials("e-mail and API token", "Basic " + encoded);
    }

    /** The value of the {@code Authorization} header. Goes on the wire and nowhere else. */
    String authorization() {
        return authorization;
    }

    /** True for a personal access token, which Jira Cloud does not accept. */
    boolean isBearer() {
        return authorization.startsWith("Bearer ");
    }

    @Override
    public String toString() {
        return kind + " (hidden)";
    }
}
