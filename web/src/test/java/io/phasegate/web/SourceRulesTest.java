package io.phasegate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules for the gadget sources that need no browser: i18n keys resolve, no HTML parsing of strings. */
class SourceRulesTest {
    private static final List<String> SCRIPTS =
            List.of("phasegate-gadget.js", "sprint-health.js", "readiness-coverage.js", "dashboard.js");

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
    void everyMetricShownHasALabelAndAnExplanation() {
        Set<String> keys = messageKeys();
        for (String id : List.of(
                "M1", "M2", "M3", "M4", "M5", "M6", "M6b", "M9", "M9b", "M10", "M13", "M13b", "M15", "M16", "M17b",
                "M18", "M19", "M20", "M28", "M29", "M35", "M36", "M37", "M39", "M41")) {
            assertThat(keys).contains("phasegate.metric." + id + ".label", "phasegate.metric." + id + ".how");
        }
    }

    @Test
    void noScriptParsesStringsAsHtml() {
        for (String script : SCRIPTS) {
            assertThat(FixtureServer.Resources.text("phasegate-web/" + script))
                    .as(script)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")
                    .doesNotContain("new Function", "setAttribute('on");
        }
    }
}
