package io.phasegate.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasegate.web.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plugin's dashboard items as built into the jar, in real headless Chromium: the web-resources
 * and AMD modules the descriptor names, on a harness dashboard that emulates Jira's dashboard-item
 * API and jsI18n ({@link DashboardHarness}), fed by a real {@code phasegate serve} over the sample board.
 */
class DashboardItemBrowserIT {
    private static final String HEALTH = "sprint-health-dashboard-item";
    private static final String COVERAGE = "readiness-coverage-dashboard-item";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static BuiltBundle bundle;
    private static StandaloneServe serve;
    private static DashboardHarness harness;
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        bundle = BuiltBundle.open();
        serve = StandaloneServe.start(data, files -> {});
        harness = DashboardHarness.start(bundle, serve.url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
        if (serve != null) {
            serve.close();
        }
        if (bundle != null) {
            bundle.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void bothItemsShowTheServersNumbersInJirasTexts() {
        open(Map.of(HEALTH, configured("7", "active", null), COVERAGE, configured("7", "active", null)));
        await(HEALTH, "ready");
        await(COVERAGE, "ready");

        JsonNode health = serve.get("/boards/7/health?sprint=active");
        assertThat(text(HEALTH, "[data-role='sprint-name']"))
                .isEqualTo(health.path("sprint").path("name").asText());
        double committed =
                health.path("sprint").path("metrics").path("M1").path("value").asDouble();
        assertThat(text(HEALTH, ".pg-tile[data-metric='M1'] [data-role='value']"))
                .isEqualTo(harness.text("phasegate.unit.points").replace("{0}", format(committed)));
        JsonNode coverage = serve.get("/boards/7/coverage?sprint=active");
        long storyPoints =
                Math.round(coverage.path("metrics").path("M35").path("value").asDouble() * 100);
        assertThat(text(COVERAGE, ".pg-ring[data-metric='M35'] [data-role='value']"))
                .isEqualTo(storyPoints + "%");

        assertThat(text(HEALTH, ".pg-section__title")).isEqualTo(harness.text("phasegate.section.scope"));
        assertThat((String) script("return document.getElementById('dashboard').innerText"))
                .as("no untranslated key on the dashboard")
                .doesNotContain("phasegate.");
        assertThat(calls("setTitle"))
                .containsExactlyInAnyOrder(
                        harness.text("phasegate.sprint-health.title"),
                        harness.text("phasegate.readiness-coverage.title"));
        assertThat(calls("resize")).isNotEmpty();
        assertThat(calls("showLoadingBar")).hasSize(2);
        assertThat(script("return [typeof window.Chart, typeof window.define.amd,"
                        + " !!PhasegateChart.getChart(document.querySelector(\"canvas[data-role='burnup']\"))]"))
                .as("Chart.js kept apart, the AMD define given back, the burn-up drawn")
                .isEqualTo(List.of("undefined", "object", true));
    }

    @Test
    void firstUseOpensTheSettingsAndSavesTheChoiceAsPreferences() {
        open(Map.of());
        await(HEALTH, "configuring");
        await(COVERAGE, "configuring");
        harness.clearRequests();

        WebElement form = find(HEALTH, "form[data-role='config']");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> form.findElements(By.cssSelector("select[name='sprint'] option"))
                                .size()
                        > 2);
        new Select(form.findElement(By.name("sprint"))).selectByValue("last-closed");
        form.findElement(By.name("capacity")).sendKeys("30");
        new Select(form.findElement(By.name("refreshMinutes"))).selectByValue("5");
        form.findElement(By.cssSelector("[data-action='save']")).click();
        await(HEALTH, "ready");
        script("return new Promise(r => setTimeout(r, 300))");

        Map<String, String> saved = Map.of(
                "isConfigured", "true",
                "boardId", "7",
                "sprint", "last-closed",
                "capacity", "30",
                "refreshMinutes", "5");
        assertThat(script("return window.harness.saved[arguments[0]]", HEALTH)).isEqualTo(saved);
        JsonNode lastClosed = serve.get("/boards/7/health?sprint=last-closed&capacity=30");
        assertThat(text(HEALTH, "[data-role='sprint-name']"))
                .isEqualTo(lastClosed.path("sprint").path("name").asText());
        assertThat(findAll(HEALTH, "[data-role='load']")).hasSize(1);
        assertThat(harness.restRequests())
                .as("Jira's render after saving does not load the same answer again")
                .filteredOn(r -> r.contains("/health"))
                .containsExactly("/boards/7/health?sprint=last-closed&capacity=30");

        open(Map.of(HEALTH, saved, COVERAGE, configured("7", "active", null)));
        await(HEALTH, "ready");
        assertThat(text(HEALTH, "[data-role='sprint-name']"))
                .isEqualTo(lastClosed.path("sprint").path("name").asText());
        assertThat(findAll(HEALTH, "[data-role='load-no-capacity']")).isEmpty();
    }

    @Test
    void settingsOpenedByTheDashboardChangeTheScopeOrAreCancelled() {
        open(Map.of(HEALTH, configured("7", "active", null), COVERAGE, configured("7", "active", null)));
        await(COVERAGE, "ready");
        String activeCount = text(COVERAGE, ".pg-lozenge");

        script("window.harness.items[arguments[0]].edit()", COVERAGE);
        await(COVERAGE, "configuring");
        WebElement form = find(COVERAGE, "form[data-role='config']");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> form.findElements(By.cssSelector("select[name='sprint'] option[value='backlog']"))
                                .size()
                        == 1);
        new Select(form.findElement(By.name("sprint"))).selectByValue("backlog");
        form.findElement(By.cssSelector("[data-action='save']")).click();
        await(COVERAGE, "ready");

        assertThat(script("return window.harness.saved[arguments[0]].sprint", COVERAGE))
                .isEqualTo("backlog");
        assertThat(text(COVERAGE, "[data-role='sprint-name']"))
                .isEqualTo(harness.text("phasegate.config.sprint.backlog"));
        long backlogIssues = serve.get("/boards/7/coverage?sprint=backlog")
                .path("scope")
                .path("issueCount")
                .asLong();
        assertThat(text(COVERAGE, ".pg-lozenge"))
                .isEqualTo(harness.text("phasegate.coverage.issueCount").replace("{0}", String.valueOf(backlogIssues)))
                .isNotEqualTo(activeCount);

        script("window.harness.items[arguments[0]].edit()", COVERAGE);
        await(COVERAGE, "configuring");
        find(COVERAGE, "[data-action='cancel']").click();
        await(COVERAGE, "ready");
        assertThat(calls("closeEdit")).hasSize(1);
        assertThat(text(COVERAGE, "[data-role='sprint-name']"))
                .isEqualTo(harness.text("phasegate.config.sprint.backlog"));
    }

    @Test
    void drillDownsOpenJiraIssueSearchForExactlyTheMetricsIssues() {
        open(Map.of(HEALTH, configured("7", "active", null), COVERAGE, configured("7", "active", null)));
        await(HEALTH, "ready");
        await(COVERAGE, "ready");

        List<String> hrefs = hrefs();
        assertThat(hrefs).hasSizeGreaterThan(5).allSatisfy(href -> assertThat(href)
                .startsWith(StandaloneServe.JIRA + "/issues/?jql="));
        JsonNode committed = serve.get("/boards/7/health?sprint=active")
                .path("sprint")
                .path("metrics")
                .path("M1");
        List<String> keys = new ArrayList<>();
        committed.path("issues").forEach(k -> keys.add(k.asText()));
        String href =
                find(HEALTH, ".pg-tile[data-metric='M1'] a[data-role='drill']").getAttribute("href");
        assertThat(URLDecoder.decode(href.substring(href.indexOf("jql=") + 4), StandardCharsets.UTF_8))
                .isEqualTo("key in (" + String.join(",", keys) + ")");
    }

    @Test
    void payloadsInBoardAndSprintNamesAndSummariesExecuteNothing(@TempDir Path poisoned) throws Exception {
        List<String> payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
        try (StandaloneServe evil = StandaloneServe.start(poisoned, files -> poison(files, payloads));
                DashboardHarness evilHarness = DashboardHarness.start(bundle, evil.url())) {
            browser.driver.get(evilHarness.url(
                    Map.of(HEALTH, configured("7", "active", null), COVERAGE, configured("7", "backlog", null))));
            await(HEALTH, "ready");
            await(COVERAGE, "ready");
            assertThat(payloads).contains(text(HEALTH, "[data-role='sprint-name']"));
            assertThat(findAll(COVERAGE, ".pg-offenders__summary")).isNotEmpty().allSatisfy(cell -> assertThat(payloads)
                    .contains(
                            cell.getText().strip().isEmpty()
                                    ? payloads.get(0)
                                    : (String) script("return arguments[0].textContent", cell)));
            assertInert();

            script("window.harness.items[arguments[0]].edit()", HEALTH);
            await(HEALTH, "configuring");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> findAll(HEALTH, "select[name='sprint'] option").size() > 2);
            assertInert();
        }
    }

    @Test
    void screenshotsOfBothItems() throws IOException {
        open(Map.of(HEALTH, configured("7", "active", "30"), COVERAGE, configured("7", "active", null)));
        await(HEALTH, "ready");
        await(COVERAGE, "ready");
        script("return new Promise(r => setTimeout(r, 300))");
        byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
        Path target = Path.of("target/screenshots/dashboard-items.png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if ("update".equals(System.getProperty("phasegate.screenshots"))) {
            Files.write(Path.of("../docs/screenshots/dashboard-items.png"), png);
        }
        assertThat(png.length).isGreaterThan(10_000);
    }

    private static void poison(StandaloneServe.SampleFiles files, List<String> payloads) {
        files.edit("board-configuration.json", board -> board.put("name", payloads.get(1)));
        files.edit("sprints.json", sprints -> {
            int i = 0;
            for (JsonNode sprint : sprints.path("values")) {
                ((ObjectNode) sprint).put("name", payloads.get(i++ % payloads.size()));
            }
        });
        int[] next = {0};
        for (String name : files.issueFiles()) {
            files.edit(name, page -> {
                for (JsonNode issue : (ArrayNode) page.path("issues")) {
                    ((ObjectNode) issue.path("fields")).put("summary", payloads.get(next[0]++ % payloads.size()));
                }
            });
        }
    }

    private static void assertInert() {
        script("return new Promise(r => setTimeout(r, 200))");
        assertThat(script("return window.__xssHits")).asList().isEmpty();
        assertThat(script("return document.querySelectorAll('#dashboard :is(script, img, svg, iframe, object, embed,"
                        + " video, audio, style, link, meta, base, math, marquee, template, noscript, textarea)')"
                        + ".length"))
                .isEqualTo(0L);
        assertThat(script("return document.querySelectorAll('[onerror], [onload], [onfocus], [onmouseover],"
                        + " [ontoggle], [onbegin], [srcdoc]').length"))
                .isEqualTo(0L);
        assertThat(script("return [...document.scripts].filter(s =>"
                        + " !/^\\/(harness|download\\/resources)\\//.test(new URL(s.src || 'inline:', location.href)"
                        + ".pathname) && !s.textContent.startsWith('window.HARNESS_ITEMS')).length"))
                .isEqualTo(0L);
        assertThat(hrefs()).allSatisfy(href -> assertThat(href).startsWith(StandaloneServe.JIRA + "/issues/?jql="));
    }

    private static List<String> payloads() throws IOException {
        try (InputStream in = DashboardItemBrowserIT.class.getClassLoader().getResourceAsStream("xss/payloads.txt")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("xss/payloads.txt (web test-jar) missing"));
            }
            List<String> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("\"")) {
                    payloads.add(JSON.readValue(line, String.class));
                }
            }
            return payloads;
        }
    }

    private static Map<String, String> configured(String board, String sprint, String capacity) {
        Map<String, String> prefs = new LinkedHashMap<>();
        prefs.put("isConfigured", "true");
        prefs.put("boardId", board);
        prefs.put("sprint", sprint);
        prefs.put("refreshMinutes", "0");
        if (capacity != null) {
            prefs.put("capacity", capacity);
        }
        return prefs;
    }

    private static void open(Map<String, Map<String, String>> prefs) {
        browser.driver.get(harness.url(prefs));
    }

    private static void await(String item, String state) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .withMessage(() -> item + " never reached " + state + "; now " + stateOf(item))
                .until(d -> state.equals(stateOf(item)));
    }

    private static Object stateOf(String item) {
        return script(
                "const g = document.querySelector(\"[data-item='\" + arguments[0] + \"'] .pg-gadget\");"
                        + " return g ? g.getAttribute('data-state') : 'absent'",
                item);
    }

    private static WebElement find(String item, String css) {
        return browser.driver.findElement(By.cssSelector("[data-item='" + item + "'] " + css));
    }

    private static List<WebElement> findAll(String item, String css) {
        return browser.driver.findElements(By.cssSelector("[data-item='" + item + "'] " + css));
    }

    private static String text(String item, String css) {
        return ((String) script("return arguments[0].textContent", find(item, css))).strip();
    }

    @SuppressWarnings("unchecked")
    private static List<String> hrefs() {
        return (List<String>) script("return [...document.querySelectorAll('#dashboard a[href]')].map(a => a.href)");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> calls(String name) {
        return (List<Object>)
                script("return window.harness.calls.filter(c => c.call === arguments[0]).map(c => c.value)", name);
    }

    private static String format(double value) {
        return (String)
                script("return new Intl.NumberFormat('en', {maximumFractionDigits: 1}).format(arguments[0])", value);
    }

    private static Object script(String js, Object... args) {
        return browser.driver.executeScript(js, args);
    }
}
