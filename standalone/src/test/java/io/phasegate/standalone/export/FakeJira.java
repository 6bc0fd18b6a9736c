package io.phasegate.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jira on 127.0.0.1 serving {@link CannedBoard} the way Data Center or Cloud pages it, with
 * faults to order. Refuses to serve more than {@link #MAX_REQUESTS} requests.
 */
final class FakeJira implements AutoCloseable {
    static final int MAX_REQUESTS = 300;
    static final int SPRINT_PAGE_CAP = 2;
    static final int INLINE_HISTORIES = 2;
    static final int CHANGELOG_PAGE_CAP = 2;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISSUE = Pattern.compile("/rest/api/(2|3)/issue/([A-Z]+-\\d+)(/changelog)?");

    private final HttpServer server;
    private final CannedBoard board = new CannedBoard();
    private final boolean cloud;
    private final String authorization;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> served = new ConcurrentHashMap<>();
    private final List<Fault> faults = Collections.synchronizedList(new ArrayList<>());
    boolean changelogResource = true;

    /** {@code status} 0 closes the connection without an answer. */
    private static final class Fault {
        final Predicate<String> request;
        final int status;
        final String retryAfter;
        int times;

        Fault(Predicate<String> request, int times, int status, String retryAfter) {
            this.request = request;
            this.times = times;
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }

    private FakeJira(boolean cloud, String authorization) throws IOException {
        this.cloud = cloud;
        this.authorization = authorization;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeJira dataCenter(String token) throws IOException {
        return new FakeJira(false, JiraCredentials.bearer(token).authorization());
    }

    static FakeJira cloud(String email, String apiToken) throws IOException {
        return new FakeJira(true, JiraCredentials.basic(email, apiToken).authorization());
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    CannedBoard board() {
        return board;
    }

    /** Answers the next {@code times} requests that match with {@code status}. */
    FakeJira fail(Predicate<String> request, int times, int status, String retryAfter) {
        faults.add(new Fault(request, times, status, retryAfter));
        return this;
    }

    /** Drops every fault still pending: Jira is well again. */
    void heal() {
        faults.clear();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** The body last served for a path and query. */
    String served(String pathAndQuery) {
        return served.get(pathAndQuery);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String request = exchange.getRequestURI().getRawPath()
                + Optional.ofNullable(exchange.getRequestURI().getRawQuery())
                        .map(q -> "?" + q)
                        .orElse("");
        requests.add(request);
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        Optional<Fault> fault = fault(request);
        if (requests.size() > MAX_REQUESTS) {
            respond(exchange, request, 500, "{\"errorMessages\":[\"too many requests in one test\"]}", null);
        } else if (fault.isPresent() && fault.get().status == 0) {
            exchange.close(); // no status line at all: the client sees the connection drop
        } else if (fault.isPresent()) {
            respond(exchange, request, fault.get().status, "{\"errorMessages\":[\"fault\"]}", fault.get().retryAfter);
        } else if (!request.startsWith("/rest/api/2/serverInfo")
                && !authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, request, 401, "{\"errorMessages\":[\"You are not authenticated.\"]}", null);
        } else {
            Optional<JsonNode> body = route(exchange.getRequestURI().getRawPath(), query(exchange));
            respond(
                    exchange,
                    request,
                    body.isPresent() ? 200 : 404,
                    body.map(JsonNode::toString).orElse("{\"errorMessages\":[\"Not found\"],\"errors\":{}}"),
                    null);
        }
    }

    private Optional<Fault> fault(String request) {
        synchronized (faults) {
            for (Fault fault : faults) {
                if (fault.times > 0 && fault.request.test(request)) {
                    fault.times--;
                    return Optional.of(fault);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<JsonNode> route(String path, Map<String, String> query) {
        String agile = "/rest/agile/1.0/board/" + CannedBoard.BOARD;
        int startAt = Integer.parseInt(query.getOrDefault("startAt", "0"));
        int maxResults = Integer.parseInt(query.getOrDefault("maxResults", "50"));
        Matcher issue = ISSUE.matcher(path);
        if (path.equals("/rest/api/2/serverInfo")) {
            ObjectNode info = JSON.createObjectNode().put("baseUrl", url());
            return Optional.of(info.put("version", cloud ? "1001.0.0-SNAPSHOT" : "9.12.15")
                    .put("deploymentType", cloud ? "Cloud" : "Server"));
        } else if (path.equals(agile + "/configuration")) {
            return Optional.of(board.configuration());
        } else if (path.equals(agile + "/sprint")) {
            return Optional.of(FakeJiraPages.sprints(board.sprints, startAt, Math.min(maxResults, SPRINT_PAGE_CAP)));
        } else if (path.equals(agile + "/issue")) {
            return Optional.of(FakeJiraPages.issues(board.issues, query.get("jql"), startAt, maxResults));
        } else if (path.equals("/rest/api/2/status")) {
            return Optional.of(board.statuses());
        } else if (path.equals("/rest/api/2/field")) {
            return Optional.of(board.fields());
        } else if (issue.matches()) {
            return issueResource(issue, startAt);
        }
        return Optional.empty();
    }

    private Optional<JsonNode> issueResource(Matcher issue, int startAt) {
        boolean v3 = issue.group(1).equals("3");
        ObjectNode full = board.issue(issue.group(2));
        if (issue.group(3) == null) {
            return Optional.of(full);
        }
        if (v3 != cloud || !changelogResource) {
            return Optional.empty();
        }
        ArrayNode histories = (ArrayNode) full.path("changelog").path("histories");
        return Optional.of(FakeJiraPages.changelog(histories, startAt, CHANGELOG_PAGE_CAP));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private void respond(HttpExchange exchange, String request, int status, String body, String retryAfter)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        served.put(request, body);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
