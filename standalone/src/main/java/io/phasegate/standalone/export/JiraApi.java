package io.phasegate.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.standalone.jira.RestDataException;
import io.phasegate.standalone.jira.RestJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads JSON from Jira and turns every answer that is not a 2xx into an {@link ExportException}
 * a user can act on. Messages name the request path, never a header or a credential.
 */
final class JiraApi {
    private final JiraHttp http;
    private final String site;

    JiraApi(JiraHttp http, String site) {
        this.http = http;
        this.site = site;
    }

    /** The answer's text and its parsed tree. */
    record Body(String text, JsonNode json) {}

    /** {@code GET pathAndQuery}; any status other than 2xx throws. */
    Body get(String pathAndQuery) {
        return find(pathAndQuery)
                .orElseThrow(() -> ExportException.badInput("Jira answered 404 Not Found to GET "
                        + RetryingJiraHttp.pathOnly(pathAndQuery) + " on " + site));
    }

    /** {@code GET pathAndQuery}, empty on 404; any other status other than 2xx throws. */
    Optional<Body> find(String pathAndQuery) {
        JiraResponse response = send(pathAndQuery);
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (!response.ok()) {
            throw failure(pathAndQuery, response);
        }
        try {
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            JsonNode json = RestJson.parse(new ByteArrayInputStream(bytes), "GET " + pathAndQuery);
            return Optional.of(new Body(response.body(), json));
        } catch (RestDataException e) {
            throw ExportException.resumable(e.getMessage(), e);
        }
    }

    private JiraResponse send(String pathAndQuery) {
        try {
            return http.get(pathAndQuery);
        } catch (IOException e) {
            throw ExportException.resumable(
                    "Could not reach " + site + " for GET " + RetryingJiraHttp.pathOnly(pathAndQuery) + " ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + "), even after retrying. "
                            + "Re-run the same command to resume.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExportException.resumable("Interrupted. Re-run the same command to resume.", e);
        }
    }

    private ExportException failure(String pathAndQuery, JiraResponse response) {
        String request = "GET " + RetryingJiraHttp.pathOnly(pathAndQuery);
        int status = response.status();
        if (status == 401) {
            return ExportException.badInput("Jira (" + site + ") did not accept the credentials (401 Unauthorized)"
                    + " for " + request + ". Check that the token is valid and not expired: Data Center takes a"
                    + " personal access token with --token; Cloud takes --user EMAIL with an --api-token.");
        }
        if (status == 403) {
            return ExportException.badInput("Jira (" + site + ") refused " + request + " (403 Forbidden): the"
                    + " account may lack permission to browse the board's projects, or Jira wants a CAPTCHA"
                    + " after failed logins (sign in once in a browser).");
        }
        if (status == 429 || status >= 500) {
            String wait = response.retryAfter()
                    .map(v -> " Jira asked to wait " + v + " s.")
                    .orElse("");
            return ExportException.resumable(
                    "Jira (" + site + ") kept answering " + status + " to " + request + " after retrying." + wait
                            + " Re-run the same command later to resume.",
                    null);
        }
        return ExportException.badInput(
                "Jira (" + site + ") answered " + status + " to " + request + ": " + errorMessages(response.body()));
    }

    private static String errorMessages(String body) {
        try {
            JsonNode json =
                    RestJson.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "error response");
            StringBuilder text = new StringBuilder();
            json.path("errorMessages").forEach(m -> text.append(m.asText()).append(' '));
            json.path("errors").forEach(m -> text.append(m.asText()).append(' '));
            return text.length() == 0 ? "(no error message)" : text.toString().trim();
        } catch (RestDataException notJson) {
            return "(no error message)";
        }
    }
}
