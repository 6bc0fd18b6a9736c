package io.phasegate.web;

import static io.phasegate.web.GadgetPage.COVERAGE;
import static io.phasegate.web.GadgetPage.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Rectangle;

/** index.html: /meta first, Chart.js from the URL it names, both gadgets side by side. */
class DashboardTest {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    private GadgetPage page;

    @BeforeEach
    void fixtures() {
        session.server().reset();
        page = new GadgetPage(session.browser(), session.server());
    }

    @Test
    void readsMetaFirstLoadsChartJsFromItAndShowsBothGadgetsSideBySide() {
        page.open("health.board=7&health.sprint=active&coverage.board=7&coverage.sprint=active");
        page.await(HEALTH, "ready").await(COVERAGE, "ready");
        assertThat(session.server().requests().get(0)).isEqualTo("/meta");
        assertThat(page.script("return [...document.scripts].map(s => s.src).join(' ')"))
                .asString()
                .contains("/webjars/chart.js/4.5.1/dist/chart.umd.js");
        Rectangle health = page.gadget(HEALTH).getRect();
        Rectangle coverage = page.gadget(COVERAGE).getRect();
        assertThat(coverage.getX()).isGreaterThan(health.getX() + health.getWidth() - 1);
        assertThat(coverage.getY()).isEqualTo(health.getY());
        assertThat(session.browser().driver.getTitle()).isEqualTo("Phasegate dashboard");
    }

    @Test
    void remembersSettingsInLocalStorageWhenTheUrlHasNone() {
        page.open("health.board=7&health.sprint=active").await(HEALTH, "ready");
        page.configure(HEALTH, "102", null).await(HEALTH, "ready");
        session.browser().driver.get(session.server().url("/"));
        page.await(HEALTH, "ready");
        assertThat(page.find(HEALTH, "[data-role='sprint-name']").getText()).isEqualTo("Sprint 2");
    }

    @Test
    void withoutMetaTheGadgetsStillShowTheirNumbersAndSayWhyChartsAreMissing() {
        session.server()
                .json("/meta", 500, "{\"error\":{\"code\":\"internal\",\"message\":\"Settings are unreadable\"}}");
        page.open("health.board=7&health.sprint=active").await(HEALTH, "ready");
        assertThat(session.browser()
                        .driver
                        .findElement(org.openqa.selenium.By.id("pg-dashboard-notice"))
                        .getText())
                .isEqualTo("Could not read the server’s settings: Settings are unreadable. "
                        + "Charts are shown as numbers only.");
        assertThat(page.value(HEALTH, "M1")).isEqualTo("15 pts");
        assertThat(page.find(HEALTH, "[data-role='burnup-missing']").getText())
                .isEqualTo("The chart library is not loaded, so the chart is not shown.");
    }
}
