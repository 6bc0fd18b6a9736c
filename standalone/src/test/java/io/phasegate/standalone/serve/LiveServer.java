package io.phasegate.standalone.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real {@link PhasegateServer} on 127.0.0.1 and an HTTP client for it. */
final class LiveServer implements AutoCloseable {
    /** A Thursday; the sample's active sprint then started on Friday 2026-07-10. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-16T08:30:00Z"), ZoneOffset.UTC);

    final PhasegateServer server;
    final StringWriter log = new StringWriter();
    private final HttpClient client = HttpClient.newHttpClient();

    private LiveServer(BoardSource source) throws IOException {
        this.server =
                PhasegateServer.start(source, new InetSocketAddress("127.0.0.1", 0), CLOCK, new PrintWriter(log, true));
    }

    static LiveServer sample() throws IOException {
        return new LiveServer(new BoardSource(SampleData.unpack(CLOCK), true, CLOCK));
    }

    static LiveServer of(Path dir) throws IOException {
        return new LiveServer(new BoardSource(dir, false, CLOCK));
    }

    /** A server over {@code dir} that keeps sprint snapshots in {@code dir/snapshots}. */
    static LiveServer withSnapshots(Path dir) throws IOException {
        return new LiveServer(new BoardSource(
                dir,
                false,
                CLOCK,
                new io.phasegate.standalone.snapshot.FileSnapshotStore(
                        dir.resolve("snapshots"), new PrintWriter(new StringWriter(), true))));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** GET of an API path ({@code /boards} for {@code /rest/phasegate/1.0/boards}), as JSON. */
    JsonNode api(String path) {
        return json(get(PhasegateServer.BASE + path));
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(PhasegateServer.BASE + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JsonBytes.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
