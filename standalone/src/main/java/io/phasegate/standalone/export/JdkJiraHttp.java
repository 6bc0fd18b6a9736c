package io.phasegate.standalone.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** {@link JiraHttp} over the JDK's {@link HttpClient}. */
final class JdkJiraHttp implements JiraHttp {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final String baseUrl;
    private final JiraCredentials credentials;
    // Redirects are not followed: the Authorization header must not travel to another host.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** {@code baseUrl} without a trailing slash, such as {@code https://jira.example.com/jira}. */
    JdkJiraHttp(String baseUrl, JiraCredentials credentials) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
    }

    @Override
    public JiraResponse get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", credentials.authorization())
                .GET()
                .build();
        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new JiraResponse(
                response.statusCode(), response.body(), response.headers().firstValue("Retry-After"));
    }
}
