package io.phasegate.standalone.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.phasegate.contract.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The local server of {@code phasegate serve}: the REST contract under {@value #BASE} and the web
 * assets, on the JDK's HTTP server with a fixed pool of {@value #THREADS} threads (one per client
 * of the 20 concurrent clients it is sized for).
 */
final class PhasegateServer implements AutoCloseable {
    static final String BASE = "/rest/phasegate/1.0";
    static final int THREADS = 20;
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Router router;
    private final StaticAssets assets;
    private final RequestGuard guard;
    private final PrintWriter log;

    private PhasegateServer(
            HttpServer server, ExecutorService executor, Router router, String bindHost, PrintWriter log) {
        this.server = server;
        this.executor = executor;
        this.router = router;
        this.assets = new StaticAssets(PhasegateServer.class.getClassLoader());
        this.guard = new RequestGuard(bindHost, server.getAddress().getPort());
        this.log = log;
    }

    /** Starts serving the board of {@code source} on {@code address} (port 0: any free port). */
    static PhasegateServer start(BoardSource source, InetSocketAddress address, Clock clock, PrintWriter log)
            throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        server.setExecutor(executor);
        PhasegateServer phasegate =
                new PhasegateServer(server, executor, routes(source, clock), address.getHostString(), log);
        server.createContext("/", phasegate::handle);
        server.start();
        return phasegate;
    }

    static Router routes(BoardSource source, Clock clock) {
        Boards boards = new Boards(source);
        Meta meta = new Meta(PhasegateServer.class.getClassLoader());
        return new Router()
                .add("GET", BASE + "/meta", meta::answer)
                .add("GET", BASE + "/boards", boards::list)
                .add("GET", BASE + "/boards/{boardId}/sprints", boards::sprints)
                .add("GET", BASE + "/boards/{boardId}/health", new HealthEndpoint(boards, clock))
                .add("GET", BASE + "/boards/{boardId}/coverage", new CoverageEndpoint(boards, clock))
                .add("POST", BASE + "/gates/dry-run", new DryRunEndpoint(source));
    }

    int port() {
        return server.getAddress().getPort();
    }

    Router router() {
        return router;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = answer(exchange);
            } catch (ApiException e) {
                reply = Reply.json(e.status(), JsonBytes.error(e.code(), e.getMessage()));
            } catch (RuntimeException e) {
                log.println("phasegate serve: internal error on "
                        + exchange.getRequestURI().getRawPath() + ": " + e);
                e.printStackTrace(log);
                log.flush();
                reply = Reply.json(
                        500,
                        JsonBytes.error(
                                "internal-error", "Phasegate failed to answer; the server's console has the details"));
            }
            send(exchange, reply);
        }
    }

    private Reply answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (path.equals(BASE) || path.startsWith(BASE + "/")) {
            Request request = new Request(
                    method,
                    path,
                    query(exchange.getRequestURI().getRawQuery()),
                    Map.of(),
                    headers(exchange),
                    body(exchange));
            guard.check(request);
            return router.answer(request);
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            Optional<Reply> asset = assets.answer(path);
            if (asset.isPresent()) {
                return asset.get();
            }
        }
        throw ApiException.notFound("not-found", "no such resource: " + path);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), head ? -1 : reply.body().length == 0 ? -1 : reply.body().length);
        if (!head && reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0));
            }
        });
        return headers;
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new ApiException(413, "body-too-large", "The request body is larger than 1 MiB");
            }
            return body;
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                query.putIfAbsent(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("the query string is not URL-encoded: " + raw);
            }
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
