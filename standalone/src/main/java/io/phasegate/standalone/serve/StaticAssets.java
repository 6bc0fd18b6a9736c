package io.phasegate.standalone.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The web UI and its libraries from the classpath: {@code /} is {@code phasegate-web/index.html},
 * {@code /web/**} is {@code phasegate-web/**}, {@code /webjars/**} is {@code
 * META-INF/resources/webjars/**} (versioned, so cached for a year). Without the UI, {@code /} says
 * so and points at the REST API.
 */
final class StaticAssets {
    static final String WEB_ROOT = "phasegate-web/";
    static final String WEBJARS_ROOT = "META-INF/resources/webjars/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));
    static final String NOT_BUNDLED = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Phasegate</title></head><body><h1>Phasegate</h1>"
            + "<p>The web UI is not bundled in this build. The REST API is served at "
            + "<a href=\"/rest/phasegate/1.0/boards\">/rest/phasegate/1.0/boards</a> "
            + "(see docs/rest/contract.md).</p></body></html>";

    private final ClassLoader loader;

    StaticAssets(ClassLoader loader) {
        this.loader = loader;
    }

    /** The asset for a GET of {@code path}, or empty when this is no asset path or there is no such asset. */
    Optional<Reply> answer(String path) {
        if (path.equals("/") || path.equals("/index.html")) {
            return Optional.of(
                    resource(WEB_ROOT + "index.html", "no-cache").orElseGet(() -> Reply.html(200, NOT_BUNDLED)));
        }
        if (path.startsWith("/web/")) {
            return safe(path.substring("/web/".length())).flatMap(name -> resource(WEB_ROOT + name, "no-cache"));
        }
        if (path.startsWith("/webjars/")) {
            return safe(path.substring("/webjars/".length()))
                    .flatMap(name -> resource(WEBJARS_ROOT + name, "public, max-age=31536000, immutable"));
        }
        return Optional.empty();
    }

    /** Only plain relative names: no {@code ..}, no empty or hidden segments, no backslashes. */
    private static Optional<String> safe(String name) {
        if (name.isEmpty() || name.contains("\\") || name.contains("//") || name.endsWith("/")) {
            return Optional.empty();
        }
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    private Optional<Reply> resource(String name, String cacheControl) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Reply(
                    200,
                    type(name),
                    Map.of("Cache-Control", cacheControl, "X-Content-Type-Options", "nosniff"),
                    in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String type(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
