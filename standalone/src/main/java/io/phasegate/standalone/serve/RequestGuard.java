package io.phasegate.standalone.serve;

import io.phasegate.contract.ApiException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Jira's protection of mutating requests, applied to every request but GET and HEAD: a page on
 * another origin must not be able to make the browser post to the local server. A request with an
 * {@code Origin} other than the server's own is refused (403), and one without {@code
 * X-Atlassian-Token: no-check} fails the XSRF check (409), as in Jira.
 */
final class RequestGuard {
    static final String TOKEN_HEADER = "x-atlassian-token";

    private final Set<String> ownOrigins;

    RequestGuard(String bindHost, int port) {
        Set<String> origins =
                new HashSet<>(Set.of("http://127.0.0.1:" + port, "http://localhost:" + port, "http://[::1]:" + port));
        String host = bindHost.contains(":") ? "[" + bindHost + "]" : bindHost;
        origins.add("http://" + host.toLowerCase(Locale.ROOT) + ":" + port);
        this.ownOrigins = Set.copyOf(origins);
    }

    void check(Request request) {
        if (request.method().equals("GET") || request.method().equals("HEAD")) {
            return;
        }
        request.header("origin").ifPresent(origin -> {
            if (!ownOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
                throw new ApiException(
                        403,
                        "origin-forbidden",
                        "Requests from origin " + origin
                                + " are refused; only this server's own pages may change data");
            }
        });
        boolean token = request.header(TOKEN_HEADER)
                .map(value -> value.strip().equalsIgnoreCase("no-check"))
                .orElse(false);
        if (!token) {
            throw new ApiException(
                    409,
                    "xsrf-check-failed",
                    "XSRF check failed: send the header X-Atlassian-Token: no-check with this request");
        }
    }
}
