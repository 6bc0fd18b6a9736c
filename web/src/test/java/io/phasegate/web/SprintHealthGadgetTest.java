package io.phasegate.web;

import static io.phasegate.web.GadgetPage.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Sprint Health gadget rendered by real Chromium from contract-shaped JSON (fixtures/health-*.json). */
class SprintHealthGadgetTest {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    private GadgetPage page;

    @BeforeEach
    void openActiveSprint() {
        session.server().reset();
        page = new GadgetPage(session.browser(), session.server()).open("health.board=7&health.sprint=active");
        page.await(HEALTH, "ready");
    }

    @Test
    void showsCommittedAgainstCompletedAndSayDo() {
        assertThat(page.value(HEALTH, "M1")).isEqualTo("15 pts");
        assertThat(page.value(HEALTH, "M9")).isEqualTo("5 pts");
        assertThat(page.value(HEALTH, "M10")).isEqualTo("13%");
        assertThat(page.text(HEALTH)).contains("1 of 4 committed issues done", "PG board", "Sprint 3", "ACTIVE");
    }

    @Test
    void showsNetAndGrossScopeChangeWithTheBreakdownThatAddsUp() {
        assertThat(page.value(HEALTH, "M6")).isEqualTo("+20%");
        assertThat(page.value(HEALTH, "M6b")).isEqualTo("20%");
        assertThat(page.find(HEALTH, "[data-role='equation']").getText()).isEqualTo("18 = 15 + 3 − 0 + 0");
        assertThat(page.find(HEALTH, "[data-term='A'] a").getAttribute("href"))
                .isEqualTo("https://jira.example.com/issues/?jql=key%20in%20(PG-15)");
        assertThat(page.text(HEALTH)).doesNotContain("do not add up");
    }

    @Test
    void drillDownsLinkIntoJiraIssueSearchWithTheMetricsKeys() {
        assertThat(page.drillHref(HEALTH, "M1"))
                .isEqualTo("https://jira.example.com/issues/?jql=key%20in%20(PG-3%2CPG-9%2CPG-13%2CPG-14)");
        assertThat(page.drillHref(HEALTH, "M18")).isEqualTo("https://jira.example.com/issues/?jql=key%20in%20(PG-14)");
        WebElement link = page.find(HEALTH, ".pg-tile[data-metric='M1'] a[data-role='drill']");
        assertThat(link.getText()).isEqualTo("4 issues");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void everyNumberExplainsItselfWithMetricIdAndFormulaVersion() {
        WebElement how = page.find(HEALTH, ".pg-tile[data-metric='M6b'] details.pg-how");
        how.findElement(By.tagName("summary")).click();
        assertThat(how.getText())
                .contains("Metric M6b · formula version 1")
                .contains("(Added + removed + the size of re-estimates) ÷ committed");
        for (String id : new String[] {"M1", "M9", "M10", "M6", "M18", "M19", "M20", "M28", "M29", "M9b", "M13"}) {
            assertThat(page.findAll(HEALTH, "details.pg-how[data-metric='" + id + "']"))
                    .as("disclosure for " + id)
                    .isNotEmpty();
        }
        assertThat(page.text(HEALTH)).doesNotContain("phasegate.");
    }

    @Test
    void drawsTheBurnUpChartFromScopeDonePaceAndProjection() {
        WebElement canvas = page.find(HEALTH, "canvas[data-role='burnup']");
        assertThat(canvas.getSize().getWidth()).isGreaterThan(100);
        Object series = page.script(
                "const c = Chart.getChart(arguments[0]);"
                        + "return c.data.datasets.map(d => d.data.filter(v => v !== null).join(','));",
                canvas);
        assertThat(series.toString()).contains("15,15,15,18,18,18,18", "0,0,0,0,3,3,5", "5,7.619");
        assertThat(drawnPixels(canvas)).isGreaterThan(500);
        assertThat(page.find(HEALTH, "[data-role='projection']").getText())
                .isEqualTo("At the current rate about 7.6 pts will be done by Feb 13.");
    }

    @Test
    void showsBlockersStaleWorkBoomerangsAndTheWorkMix() {
        assertThat(page.value(HEALTH, "M18")).isEqualTo("1 issue");
        assertThat(page.value(HEALTH, "M19")).isEqualTo("3 issues");
        assertThat(page.value(HEALTH, "M20")).isEqualTo("0%");
        WebElement bug = page.find(HEALTH, "[data-role='mix'] tr[data-category='Bug']");
        assertThat(oneLine(bug)).isEqualTo("Bug 20% 0%");
        WebElement feature = page.find(HEALTH, "[data-role='mix'] tr[data-category='New initiative']");
        assertThat(oneLine(feature)).isEqualTo("New initiative 80% 100%");
    }

    @Test
    void anotherSprintChosenInTheSettingsShowsItsOwnNumbersAndIsRemembered() {
        page.configure(HEALTH, "102", null).await(HEALTH, "ready");
        assertThat(page.value(HEALTH, "M1")).isEqualTo("25 pts");
        assertThat(page.find(HEALTH, "[data-role='equation']").getText()).isEqualTo("27 = 25 + 4 − 5 + 3");
        assertThat(page.text(HEALTH)).contains("Sprint 2", "CLOSED", "Re-estimates: 6 pts up, 3 pts down.");
        assertThat(session.server().requests()).contains("/boards/7/health?sprint=102");
        assertThat(page.currentUrl()).contains("health.sprint=102");
        assertThat(page.script("return localStorage.getItem('phasegate.prefs.sprint-health')"))
                .asString()
                .contains("\"sprint\":\"102\"");
    }

    @Test
    void teamCapacityTurnsLoadIntoOverAndUnderCountsWithoutNames() {
        assertThat(page.find(HEALTH, "[data-role='load-no-capacity']").getText())
                .contains("Enter the team’s capacity in Settings");
        page.configure(HEALTH, "active", "12").await(HEALTH, "ready");
        assertThat(session.server().requests()).contains("/boards/7/health?sprint=active&capacity=12");
        assertThat(page.find(HEALTH, "[data-load='over']").getText()).isEqualTo("2 over capacity (above 110%)");
        assertThat(page.find(HEALTH, "[data-load='under']").getText()).isEqualTo("0 under-used (below 60%)");
        page.configure(HEALTH, "active", "40").await(HEALTH, "ready");
        assertThat(page.find(HEALTH, "[data-load='over']").getText()).startsWith("0 ");
        assertThat(page.find(HEALTH, "[data-load='under']").getText()).startsWith("3 ");
        assertThat(page.find(HEALTH, "[data-role='load-planned']").getText())
                .isEqualTo("At sprint start: 0 over, 2 under.");
    }

    @Test
    void hiddenIssuesAreAnnouncedAndKeysStayPlainWithoutAJiraAddress() {
        page.open("health.board=9&health.sprint=active").await(HEALTH, "ready");
        assertThat(page.find(HEALTH, "[data-role='hidden']").getText())
                .startsWith("3 issues hidden — you can’t browse them.");
        assertThat(page.findAll(HEALTH, "a[data-role='drill']")).isEmpty();
        assertThat(page.find(HEALTH, ".pg-tile[data-metric='M1'] [data-role='drill']")
                        .getText())
                .isEqualTo("4 issues: PG-3, PG-9, PG-13, PG-14");
    }

    @Test
    void dataWarningsAreListed() {
        WebElement warnings = page.find(HEALTH, "[data-role='warnings']");
        warnings.findElement(By.tagName("summary")).click();
        assertThat(warnings.getText()).contains("Data warnings (2)", "PG-9: status \"Waiting\" is on no board column");
    }

    private static String oneLine(WebElement element) {
        return element.getText().replaceAll("\\s+", " ");
    }

    /** Pixels that are not transparent: proof that Chart.js drew, not only that a canvas exists. */
    private long drawnPixels(WebElement canvas) {
        Object drawn = page.script(
                "const c = arguments[0]; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;",
                canvas);
        return ((Number) drawn).longValue();
    }
}
