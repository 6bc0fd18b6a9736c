package io.phasegate.jira.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * A Jira dashboard in miniature for the browser test, built from the plugin jar as Jira would read
 * it: the web-resources of context {@code atl.dashboard} (and this plugin's web-resources they depend
 * on) served under Jira's {@code /download/resources/{plugin}:{module}/{name}} URLs, one frame per
 * {@code dashboard-item} with the harness's dashboard-item API ({@code harness/dashboard.js}), and
 * {@code /rest/phasegate/1.0/**} passed through to a running {@code phasegate serve}.
 *
 * <p>Emulated, and nothing else: Jira's AMD loader ({@code harness/amd.js}), and the {@code jsI18n}
 * transformer for calls without arguments, {@code AJS.I18n.getText('key')} → the JavaScript string of
 * the key's text from the jar's i18n resources (the key itself when it has none, as Jira does).
 * Dependencies on other plugins (AUI, WRM's i18n) are not loaded: the items must not need them.
 */
final class DashboardHarness implements AutoCloseable {
    private static final Pattern JS_I18N = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*\\)");
    private static final String REST = "/rest/phasegate/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BuiltBundle bundle;
    private final PluginDescriptor descriptor;
    private final String pluginKey;
    private final Properties texts = new Properties();
    private final String restBase;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> restRequests = new CopyOnWriteArrayList<>();

    private DashboardHarness(BuiltBundle bundle, String standaloneUrl) throws IOException {
        this.bundle = bundle;
        this.descriptor = PluginDescriptor.parse(bundle.read("atlassian-plugin.xml"));
        this.pluginKey = bundle.header("Atlassian-Plugin-Key");
        this.restBase = standaloneUrl.replaceAll("/+$", "") + REST;
        for (Element resource : descriptor.modules("resource")) {
            if (resource.getAttribute("type").equals("i18n")) {
                texts.putAll(bundle.properties(resource.getAttribute("location") + ".properties"));
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves the dashboard items of {@code bundle}, with REST answers from the server at standaloneUrl. */
    static DashboardHarness start(BuiltBundle bundle, String standaloneUrl) {
        try {
            return new DashboardHarness(bundle, standaloneUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dashboard page; prefs maps a dashboard-item key to its stored preferences (none: first use). */
    String url(Map<String, Map<String, String>> prefs) {
        StringBuilder query = new StringBuilder();
        prefs.forEach((key, value) -> {
            try {
                query.append(query.length() == 0 ? "?" : "&")
                        .append(key)
                        .append('=')
                        .append(java.net.URLEncoder.encode(JSON.writeValueAsString(value), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + query;
    }

    /** REST requests the items made, as path and query below /rest/phasegate/1.0. */
    List<String> restRequests() {
        return List.copyOf(restRequests);
    }

    void clearRequests() {
        restRequests.clear();
    }

    String text(String key) {
        return texts.getProperty(key);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8", page(query).getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/harness/")) {
                send(exchange, 200, "text/javascript; charset=utf-8", harnessFile(path.substring(1)));
            } else if (path.startsWith("/download/resources/" + pluginKey + ":")) {
                download(exchange, path.substring(("/download/resources/" + pluginKey + ":").length()));
            } else if (path.startsWith(REST + "/")) {
                proxy(exchange, path.substring(REST.length()) + (query == null ? "" : "?" + query));
            } else {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private String page(String query) throws IOException {
        StringBuilder head = new StringBuilder();
        head.append("<script src=\"/harness/amd.js\"></script>\n");
        for (Element webResource : dashboardWebResources()) {
            for (Element r : PluginDescriptor.children(webResource, "resource")) {
                String name = r.getAttribute("name");
                String url = "/download/resources/" + pluginKey + ":" + webResource.getAttribute("key") + "/" + name;
                if (name.endsWith(".css")) {
                    head.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">\n");
                } else if (name.endsWith(".js")) {
                    head.append("<script src=\"").append(url).append("\"></script>\n");
                }
            }
        }
        Map<String, String> stored = queryParams(query);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Element item : descriptor.modules("dashboard-item")) {
            String key = item.getAttribute("key");
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("key", key);
            spec.put("module", PluginDescriptor.text(item, "amd-module"));
            spec.put("prefs", stored.containsKey(key) ? JSON.readValue(stored.get(key), Map.class) : Map.of());
            items.add(spec);
        }
        String itemsJson = JSON.writeValueAsString(items).replace("<", "\\u003c");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Phasegate dashboard items (test harness)</title>\n"
                + "<style>body{margin:16px;background:#f4f5f7;font-family:sans-serif}"
                + "#dashboard{display:grid;grid-template-columns:1fr 1fr;gap:16px;align-items:start}"
                + ".harness-item{background:#fff;border:1px solid #dfe1e6;border-radius:3px;padding:8px 12px}"
                + ".harness-item__title{font-size:14px;margin:0 0 8px;color:#172b4d}</style>\n"
                + head
                + "<script>window.HARNESS_ITEMS = " + itemsJson + ";</script>\n"
                + "<script src=\"/harness/dashboard.js\"></script>\n"
                + "</head><body><main id=\"dashboard\"></main></body></html>\n";
    }

    /** The atl.dashboard web-resources, each after this plugin's web-resources it depends on. */
    private List<Element> dashboardWebResources() {
        Set<Element> ordered = new LinkedHashSet<>();
        for (Element webResource : descriptor.modules("web-resource")) {
            if (WebResources.contexts(webResource).contains("atl.dashboard")) {
                addWithDependencies(webResource, ordered);
            }
        }
        return List.copyOf(ordered);
    }

    private void addWithDependencies(Element webResource, Set<Element> ordered) {
        for (String dependency : WebResources.dependencies(webResource)) {
            if (dependency.startsWith(pluginKey + ":")) {
                addWithDependencies(webResource(dependency.substring(pluginKey.length() + 1)), ordered);
            }
        }
        ordered.add(webResource);
    }

    private Element webResource(String key) {
        return descriptor.modules("web-resource").stream()
                .filter(w -> w.getAttribute("key").equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no web-resource " + key));
    }

    private void download(HttpExchange exchange, String moduleAndName) throws IOException {
        String[] parts = moduleAndName.split("/", 2);
        Element webResource = webResource(parts[0]);
        String location = WebResources.locationOf(webResource, URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        byte[] body = bundle.read(location);
        if (location.endsWith(".js")
                && WebResources.transformers(webResource, "js").contains("jsI18n")) {
            body = translate(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        String type = location.endsWith(".css")
                ? "text/css; charset=utf-8"
                : location.endsWith(".js") ? "text/javascript; charset=utf-8" : "image/png";
        send(exchange, 200, type, body);
    }

    private String translate(String script) throws IOException {
        Matcher m = JS_I18N.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = texts.getProperty(m.group(2), m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(JSON.writeValueAsString(text)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void proxy(HttpExchange exchange, String pathAndQuery) throws IOException {
        restRequests.add(pathAndQuery);
        try {
            HttpResponse<byte[]> answer = client.send(
                    HttpRequest.newBuilder(URI.create(restBase + pathAndQuery))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            send(
                    exchange,
                    answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse("application/json"),
                    answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 503, "text/plain", new byte[0]);
        }
    }

    private static Map<String, String> queryParams(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static byte[] harnessFile(String name) throws IOException {
        try (InputStream in = DashboardHarness.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
