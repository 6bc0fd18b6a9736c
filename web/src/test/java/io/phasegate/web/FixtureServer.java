package io.phasegate.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for {@code phasegate serve} while it is being written: serves {@code /} and {@code /web/**}
 * from the {@code phasegate-web} resources exactly as the server will, Chart.js from its webjar, and
 * canned contract-shaped JSON ({@code fixtures/*.json}) under {@code /rest/phasegate/1.0}. Every REST
 * request is recorded so tests can assert what a gadget asked for.
 */
final class FixtureServer implements AutoCloseable {
    static final String REST = "/rest/phasegate/1.0";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private record Answer(int status, String contentType, byte[] body) {}

    private FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        reset();
        server.start();
    }

    static FixtureServer start() {
        try {
            return new FixtureServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    /** Back to the standard fixtures: board 7 (PG, sprints 101–104), board 9 (hidden issues, no Jira URL). */
    void reset() {
        answers.clear();
        held.clear();
        requests.clear();
        fixture("/meta", "meta.json");
        fixture("/boards", "boards.json");
        fixture("/boards/7/sprints", "sprints-7.json");
        fixture("/boards/9/sprints", "sprints-9.json");
        for (String sprint : List.of("active", "103")) {
            fixture("/boards/7/health?sprint=" + sprint, "health-7-103.json");
            fixture("/boards/7/health?sprint=" + sprint + "&capacity=12", "health-7-103-capacity-12.json");
            fixture("/boards/7/health?sprint=" + sprint + "&capacity=40", "health-7-103-capacity-40.json");
        }
        fixture("/boards/7/health?sprint=last-closed", "health-7-102.json");
        fixture("/boards/7/health?sprint=102", "health-7-102.json");
        fixture("/boards/7/health?sprint=101", "health-7-101.json");
        fixture("/boards/7/health?sprint=104", "health-7-104.json");
        fixture("/boards/9/health?sprint=active", "health-9-active.json");
        fixture("/boards/7/coverage?sprint=active", "coverage-7-active.json");
        fixture("/boards/7/coverage?sprint=103", "coverage-7-active.json");
        fixture("/boards/7/coverage?sprint=backlog", "coverage-7-backlog.json");
        fixture("/boards/7/coverage?sprint=104", "coverage-7-104.json");
    }

    /** Answers the REST path (with query, exactly as the gadget builds it) with a fixture file. */
    void fixture(String restPath, String fixtureName) {
        answers.put(REST + restPath, new Answer(200, "application/json", Resources.bytes("fixtures/" + fixtureName)));
    }

    void json(String restPath, int status, String json) {
        answers.put(REST + restPath, new Answer(status, "application/json", json.getBytes(StandardCharsets.UTF_8)));
    }

    void text(String restPath, int status, String contentType, String body) {
        answers.put(REST + restPath, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Holds the answer to restPath until the returned latch is counted down (to see the loading state). */
    CountDownLatch hold(String restPath) {
        CountDownLatch latch = new CountDownLatch(1);
        held.put(REST + restPath, latch);
        return latch;
    }

    /** REST requests so far, as path and query without the /rest/phasegate/1.0 prefix. */
    List<String> requests() {
        return requests.stream().map(r -> r.substring(REST.length())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            String path = exchange.getRequestURI().getRawPath();
            String key = query == null ? path : path + "?" + query;
            if (path.startsWith(REST)) {
                requests.add(key);
                awaitRelease(held.get(key));
                Answer answer = answers.get(key);
                if (answer == null) {
                    answer = new Answer(
                            404,
                            "application/json",
                            "{\"error\":{\"code\":\"not-found\",\"message\":\"No fixture for this request\"}}"
                                    .getBytes(StandardCharsets.UTF_8));
                }
                send(exchange, answer);
            } else {
                send(exchange, staticFile(path));
            }
        }
    }

    private static void awaitRelease(CountDownLatch latch) {
        if (latch == null) {
            return;
        }
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The standalone server's mapping: / → index.html, /web/** → phasegate-web/**, plus webjars. */
    private static Answer staticFile(String path) {
        String resource;
        if (path.equals("/")) {
            resource = "phasegate-web/index.html";
        } else if (path.startsWith("/web/")) {
            resource = "phasegate-web/" + path.substring("/web/".length());
        } else if (path.startsWith("/webjars/")) {
            resource = "META-INF/resources" + path;
        } else {
            resource = null;
        }
        if (resource == null || resource.contains("..") || !Resources.exists(resource)) {
            return new Answer(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        }
        return new Answer(200, contentType(resource), Resources.bytes(resource));
    }

    private static String contentType(String resource) {
        if (resource.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (resource.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (resource.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (resource.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        held.values().forEach(CountDownLatch::countDown);
        server.stop(0);
        executor.shutdownNow();
    }

    /** Classpath access for the server and the tests. */
    static final class Resources {
        private Resources() {}

        static boolean exists(String name) {
            return FixtureServer.class.getClassLoader().getResource(name) != null;
        }

        static byte[] bytes(String name) {
            try (InputStream in = FixtureServer.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalArgumentException("No resource " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String text(String name) {
            return new String(bytes(name), StandardCharsets.UTF_8);
        }
    }
}
