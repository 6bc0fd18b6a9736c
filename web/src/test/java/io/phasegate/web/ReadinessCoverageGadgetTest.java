package io.phasegate.web;

import static io.phasegate.web.GadgetPage.COVERAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/** The Readiness Coverage gadget rendered by real Chromium from fixtures/coverage-*.json. */
class ReadinessCoverageGadgetTest {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    private GadgetPage page;

    @BeforeEach
    void openActiveSprint() {
        session.server().reset();
        page = new GadgetPage(session.browser(), session.server()).open("coverage.board=7&coverage.sprint=active");
        page.await(COVERAGE, "ready");
    }

    @Test
    void showsStoryPointAcceptanceCriteriaAndTestCoverageAsDrawnDoughnuts() {
        assertThat(page.value(COVERAGE, "M35")).isEqualTo("92%");
        assertThat(page.value(COVERAGE, "M36")).isEqualTo("83%");
        assertThat(page.value(COVERAGE, "M37")).isEqualTo("83%");
        for (String id : List.of("M35", "M36", "M37")) {
            WebElement canvas = page.find(COVERAGE, "canvas[data-role='ring-" + id + "']");
            assertThat(page.script("return Chart.getChart(arguments[0]).config.type", canvas))
                    .isEqualTo("doughnut");
            assertThat(drawn(canvas)).as(id).isGreaterThan(500);
        }
        assertThat(page.text(COVERAGE)).contains("PG board", "Sprint 3", "12 ISSUES", "Gate: ready-for-sprint");
    }

    @Test
    void showsReadyAtCommitmentAndDeliveredValueAsBars() {
        assertThat(page.value(COVERAGE, "M39")).isEqualTo("75%");
        assertThat(page.value(COVERAGE, "M41")).isEqualTo("62%");
        assertThat(page.text(COVERAGE)).contains("Weighted by points: 80%", "Basis: Acceptance criteria");
        WebElement bars = page.find(COVERAGE, "canvas[data-role='bars']");
        assertThat(page.script("return Chart.getChart(arguments[0]).data.datasets[0].data.join(',')", bars))
                .isEqualTo("0.75,0.6154");
        assertThat(drawn(bars)).isGreaterThan(500);
    }

    @Test
    void listsTheOffendingIssuesWithWhatIsMissingAndLinksThem() {
        List<WebElement> rows = page.findAll(COVERAGE, "[data-role='offenders'] tbody tr");
        assertThat(rows).extracting(r -> r.getAttribute("data-key")).containsExactly("PG-4", "PG-9", "PG-11");
        assertThat(rows.get(0).getText())
                .contains("Export sprint report as CSV", "STORY POINTS", "PG-4 has no story points");
        assertThat(rows.get(0).findElement(org.openqa.selenium.By.tagName("a")).getAttribute("href"))
                .isEqualTo("https://jira.example.com/issues/?jql=key%20in%20(PG-4)");
        assertThat(page.find(COVERAGE, "[data-role='offenders-drill'] a").getAttribute("href"))
                .isEqualTo("https://jira.example.com/issues/?jql=key%20in%20(PG-4%2CPG-9%2CPG-11)");
        assertThat(page.drillHref(COVERAGE, "M37"))
                .isEqualTo("https://jira.example.com/issues/?jql=key%20in%20(PG-9%2CPG-11)");
    }

    @Test
    void theBacklogChosenInTheSettingsShowsTheBacklogsCoverage() {
        page.configure(COVERAGE, "backlog", null).await(COVERAGE, "ready");
        assertThat(session.server().requests()).contains("/boards/7/coverage?sprint=backlog");
        assertThat(page.value(COVERAGE, "M35")).isEqualTo("50%");
        assertThat(page.value(COVERAGE, "M39")).isEqualTo("—");
        assertThat(page.find(COVERAGE, "[data-role='sprint-name']").getText()).isEqualTo("Backlog");
        assertThat(page.findAll(COVERAGE, "[data-role='offenders'] tbody tr")).hasSize(3);
        assertThat(page.currentUrl()).contains("coverage.sprint=backlog");
    }

    @Test
    void explainsEachCoverageNumber() {
        WebElement how = page.find(COVERAGE, ".pg-ring[data-metric='M36'] details.pg-how");
        page.script("arguments[0].open = true", how);
        assertThat(how.getText())
                .contains("Metric M36 · formula version 1", "acceptance criteria are present and non-trivial")
                .contains("Eligible issues measured: 12");
        assertThat(page.text(COVERAGE)).doesNotContain("phasegate.");
    }

    private long drawn(WebElement canvas) {
        Object n = page.script(
                "const c = arguments[0]; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;",
                canvas);
        return ((Number) n).longValue();
    }
}
