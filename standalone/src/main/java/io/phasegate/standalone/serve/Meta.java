package io.phasegate.standalone.serve;

import io.phasegate.contract.MetaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code GET /meta}: the version of Phasegate, where Chart.js is served and the mode ({@code
 * standalone}; the Jira plugin answers {@code jira}).
 */
final class Meta {
    /** The Chart.js webjar this build depends on, should its Maven properties be missing. */
    static final String CHART_JS_FALLBACK = "4.5.1";

    private final String version;
    private final String chartJs;

    Meta(ClassLoader loader) {
        this.version = property(loader, "phasegate-version.properties", "version", "unknown");
        String chart = property(
                loader, "META-INF/maven/org.webjars.npm/chart.js/pom.properties", "version", CHART_JS_FALLBACK);
        this.chartJs = "/webjars/chart.js/" + chart + "/dist/chart.umd.js";
    }

    /** The path under which the Chart.js UMD bundle is served. */
    String chartJs() {
        return chartJs;
    }

    Reply answer(Request request) {
        return Reply.json(MetaJson.bytes(version, chartJs, "standalone"));
    }

    private static String property(ClassLoader loader, String resource, String key, String fallback) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(key, fallback);
    }
}
