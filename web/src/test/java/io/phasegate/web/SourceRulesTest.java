package io.phasegate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * Rules for the front-end sources that need no browser: i18n keys resolve, every metric the fixtures
 * carry and every error code of the contract has words, and no script (the gadgets', the Jira
 * plugin's, the Forge app's) parses strings as HTML or code.
 */
class SourceRulesTest {
    private static final List<String> SCRIPTS = List.of(
            "gadget-dom.js",
            "gadget-i18n.js",
            "gadget-api.js",
            "gadget-notes.js",
            "gadget-widgets.js",
            "gadget-settings.js",
            "gadget-controller.js",
            "phasegate-gadget.js",
            "sprint-health.js",
            "readiness-coverage.js",
            "dashboard.js");
    private static final Path REPO =
            Path.of(System.getProperty("user.dir")).resolve("..").normalize();
    /** Hand-written browser code outside this module; built bundles and vendored code are not ours. */
    private static final List<Path> OTHER_SCRIPT_ROOTS =
            List.of(REPO.resolve("jira-plugin/src/main/resources/js"), REPO.resolve("cloud/static"));

    private static Set<String> messageKeys() {
        Matcher m = Pattern.compile("\"(phasegate\\.[^\"]+)\"\\s*:")
                .matcher(FixtureServer.Resources.text("phasegate-web/i18n/en.json"));
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }

    @Test
    void everyMessageKeyNamedInTheScriptsIsInEnJson() {
        Set<String> keys = messageKeys();
        for (String script : SCRIPTS) {
            Matcher m = Pattern.compile("'(phasegate\\.[a-zA-Z0-9.-]+[a-zA-Z0-9])'")
                    .matcher(FixtureServer.Resources.text("phasegate-web/" + script));
            List<String> used = m.results().map(r -> r.group(1)).toList();
            assertThat(keys)
                    .as(script)
                    .containsAll(used.stream().filter(k -> !k.endsWith(".")).toList());
        }
    }

    @Test
    void everyMetricTheGadgetsShowIsInTheFixturesAndHasALabelAndAnExplanation() {
        Set<String> inFixtures = fixtureMetricIds();
        Set<String> shown = new TreeSet<>();
        for (String script : SCRIPTS) {
            Pattern.compile("['.](M\\d+[a-z]?)\\b")
                    .matcher(FixtureServer.Resources.text("phasegate-web/" + script))
                    .results()
                    .forEach(r -> shown.add(r.group(1)));
        }
        assertThat(shown).as("metric ids the scripts name").contains("M1", "M29", "M35", "M41");
        assertThat(inFixtures).as("metric ids in fixtures/*.json").containsAll(shown);
        Set<String> keys = messageKeys();
        for (String id : shown) {
            assertThat(keys).contains("phasegate.metric." + id + ".label", "phasegate.metric." + id + ".how");
        }
    }

    @Test
    void everyErrorCodeOfTheContractHasItsOwnWords() {
        Matcher m = Pattern.compile("'([a-z-]+)': '(phasegate\\.error\\.code\\.[a-zA-Z]+)'")
                .matcher(FixtureServer.Resources.text("phasegate-web/gadget-api.js"));
        Map<String, String> mapped = m.results().collect(Collectors.toMap(r -> r.group(1), r -> r.group(2)));
        assertThat(mapped.keySet()).containsExactlyInAnyOrderElementsOf(contractErrorCodes());
        assertThat(messageKeys()).containsAll(mapped.values());
    }

    @Test
    void noScriptParsesStringsAsHtml() {
        for (String script : SCRIPTS) {
            assertNoHtmlParsing(script, FixtureServer.Resources.text("phasegate-web/" + script));
        }
    }

    @Test
    void noScriptOfTheJiraPluginOrTheForgeAppParsesStringsAsHtml() {
        List<Path> scripts = otherScripts();
        assertThat(scripts)
                .as("scripts under %s", OTHER_SCRIPT_ROOTS)
                .anyMatch(p -> p.endsWith("phasegate-dashboard-item.js"))
                .anyMatch(p -> p.endsWith("config.js"));
        for (Path script : scripts) {
            assertNoHtmlParsing(REPO.relativize(script).toString(), read(script));
        }
    }

    private static void assertNoHtmlParsing(String name, String source) {
        assertThat(source)
                .as(name)
                .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")
                .doesNotContain("new Function", "setAttribute('on");
    }

    private static List<Path> otherScripts() {
        return OTHER_SCRIPT_ROOTS.stream()
                .flatMap(SourceRulesTest::walk)
                .filter(p -> p.toString().matches(".*\\.(js|mjs|html)"))
                .filter(p -> !p.toString().matches(".*\\.(bundle|min)\\.js"))
                .filter(p ->
                        !p.toString().contains("node_modules") && !p.toString().contains("vendor"))
                .toList();
    }

    /** The metric ids under "metrics" of every coverage fixture and "sprint.metrics" of every health one. */
    @SuppressWarnings("unchecked")
    private static Set<String> fixtureMetricIds() {
        Set<String> ids = new TreeSet<>();
        for (Path fixture :
                walk(REPO.resolve("web/src/test/resources/fixtures")).toList()) {
            if (!fixture.toString().endsWith(".json")) {
                continue;
            }
            Map<String, Object> json = new Json().toType(read(fixture), Map.class);
            Object sprint = json.get("sprint");
            Object metrics = sprint instanceof Map<?, ?> s ? s.get("metrics") : json.get("metrics");
            if (metrics instanceof Map<?, ?> byId) {
                byId.keySet().forEach(id -> ids.add(String.valueOf(id)));
            }
        }
        return ids;
    }

    /** The enum of the Error schema's code in docs/rest/openapi.yaml. */
    private static Set<String> contractErrorCodes() {
        String yaml = read(REPO.resolve("docs/rest/openapi.yaml"));
        String error = yaml.substring(yaml.indexOf("\n    Error:\n"));
        String codes = error.substring(error.indexOf("code:"), error.indexOf("message:"));
        Set<String> found = Pattern.compile("- ([a-z-]+)")
                .matcher(codes)
                .results()
                .map(r -> r.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).as("codes in openapi.yaml").contains("board-not-found", "data-source-unavailable");
        return found;
    }

    private static Stream<Path> walk(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
