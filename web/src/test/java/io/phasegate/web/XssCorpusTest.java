package io.phasegate.web;

import static io.phasegate.web.GadgetPage.COVERAGE;
import static io.phasegate.web.GadgetPage.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every payload of xss/payloads.txt, placed at once in board, sprint, column, status and field names,
 * notes (categories, "assignee" and status names), warnings, issue keys and summaries, rule names,
 * messages and error messages (templates xss/*.json), renders as inert text in both gadgets, in the
 * settings form and in the error state.
 */
class XssCorpusTest {
    private static final String UNEXPECTED = String.join(
            ", ",
            Stream.of(
                            "script",
                            "img",
                            "svg",
                            "iframe",
                            "object",
                            "embed",
                            "video",
                            "audio",
                            "style",
                            "link",
                            "meta",
                            "base",
                            "math",
                            "marquee",
                            "template",
                            "noscript",
                            "textarea",
                            "details[ontoggle]")
                    .map(tag -> ".pg-gadget " + tag)
                    .toList());
    private static final String HANDLERS =
            "[onerror], [onload], [onfocus], [onmouseover], [ontoggle], [onbegin], [onstart], [srcdoc]";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    static List<String> payloads() {
        return FixtureServer.Resources.text("xss/payloads.txt")
                .lines()
                .filter(line -> line.startsWith("\""))
                .toList();
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(payloads()).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void theProbeSeesAPayloadThatDoesExecute() {
        serve("\"x\"");
        GadgetPage page =
                new GadgetPage(session.browser(), session.server()).open("health.board=7&health.sprint=active");
        page.await(HEALTH, "ready");
        page.script("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=window.__xss(0)>')");
        page.script("return new Promise(r => setTimeout(r, 150))");
        assertThat(page.script("return window.__xssHits")).asList().containsExactly("0");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("payloads")
    void payloadStaysText(String jsonLiteral) {
        serve(jsonLiteral);
        GadgetPage page = new GadgetPage(session.browser(), session.server())
                .open("health.board=7&health.sprint=active&coverage.board=7&coverage.sprint=active");
        page.await(HEALTH, "ready").await(COVERAGE, "ready");
        page.script("document.querySelectorAll('details').forEach(d => d.open = true)");
        String payload = (String) page.script("return JSON.parse(arguments[0])", jsonLiteral);
        assertInert(page);
        assertThat(page.script(
                        "return document.querySelector(\"[data-kind='sprint-health'] [data-role='sprint-name']\")"
                                + ".textContent"))
                .isEqualTo(payload);
        assertThat(page.script("return document.querySelector('.pg-offenders__summary').textContent"))
                .isEqualTo(payload);

        page.find(HEALTH, "[data-action='configure']").click();
        page.await(HEALTH, "configuring");
        assertInert(page);
        assertThat(page.script("return document.querySelector(\"select[name='board'] option\").textContent"))
                .asString()
                .startsWith(payload);

        page.open("health.board=8&health.sprint=active").await(HEALTH, "error");
        assertInert(page);
        assertThat(page.script("return document.querySelector(\"[data-role='error-message']\").textContent"))
                .isEqualTo(payload);
    }

    @Test
    void aJavascriptJiraAddressNeverBecomesALink() {
        serve("\"x\"");
        String health = FixtureServer.Resources.text("fixtures/health-7-103.json")
                .replace("\"https://jira.example.com\"", "\"javascript:window.__xss(99)//\"");
        session.server().json("/boards/7/health?sprint=active", 200, health);
        GadgetPage page =
                new GadgetPage(session.browser(), session.server()).open("health.board=7&health.sprint=active");
        page.await(HEALTH, "ready");
        assertInert(page);
        assertThat(page.findAll(HEALTH, "a[href]")).isEmpty();
        assertThat(page.find(HEALTH, ".pg-tile[data-metric='M1'] [data-role='drill']")
                        .getText())
                .isEqualTo("4 issues: PG-3, PG-9, PG-13, PG-14");
    }

    @Test
    void aChartJsUrlOffTheServerIsNotLoaded() {
        session.server().reset();
        session.server().json("/meta", 200, "{\"chartJs\":\"javascript:window.__xss(98)\"}");
        GadgetPage page =
                new GadgetPage(session.browser(), session.server()).open("health.board=7&health.sprint=active");
        page.await(HEALTH, "ready");
        assertInert(page);
        session.server().json("/meta", 200, "{\"chartJs\":\"//evil.example/chart.js\"}");
        page.open("health.board=7&health.sprint=active").await(HEALTH, "ready");
        assertThat(page.script("return [...document.scripts].filter(s => s.src.includes('evil')).length"))
                .isEqualTo(0L);
    }

    private void serve(String jsonLiteral) {
        session.server().reset();
        String inner = jsonLiteral.substring(1, jsonLiteral.length() - 1);
        session.server().json("/boards", 200, template("boards", inner));
        session.server().json("/boards/7/sprints", 200, template("sprints", inner));
        session.server().json("/boards/7/health?sprint=active", 200, template("health", inner));
        session.server().json("/boards/7/coverage?sprint=active", 200, template("coverage", inner));
        session.server().json("/boards/8/health?sprint=active", 400, template("error", inner));
    }

    private static String template(String name, String inner) {
        return FixtureServer.Resources.text("xss/" + name + ".json").replace("__P__", inner);
    }

    private static void assertInert(GadgetPage page) {
        page.script("return new Promise(r => setTimeout(r, 150))");
        assertThat(page.script("return window.__xssHits")).asList().isEmpty();
        assertThat(page.script("return document.querySelectorAll(arguments[0]).length", UNEXPECTED))
                .isEqualTo(0L);
        assertThat(page.script("return document.querySelectorAll(arguments[0]).length", HANDLERS))
                .isEqualTo(0L);
        assertThat(page.script("return [...document.scripts].filter(s => !/\\/(web|webjars)\\//.test(s.src)).length"))
                .isEqualTo(0L);
        @SuppressWarnings("unchecked")
        List<String> hrefs =
                (List<String>) page.script("return [...document.querySelectorAll('a[href]')].map(a => a.href)");
        assertThat(hrefs).allSatisfy(href -> assertThat(href).startsWith("https://jira.example.com/issues/?jql="));
    }
}
