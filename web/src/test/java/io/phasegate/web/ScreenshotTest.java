package io.phasegate.web;

import static io.phasegate.web.GadgetPage.COVERAGE;
import static io.phasegate.web.GadgetPage.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;

/**
 * The screenshots of docs/gadgets.md, taken only once the page shows what the guide says they show:
 * both gadgets with their charts drawn, a disclosure open, the load section, the settings form with
 * the current choices, and each gadget whole inside the window. Always written to target/screenshots;
 * with {@code -Dphasegate.screenshots=update} also to docs/screenshots.
 */
class ScreenshotTest {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void dashboardAndBothGadgetsAsTheGuideShowsThem() throws IOException {
        GadgetPage page = new GadgetPage(session.browser(), session.server())
                .open("health.board=7&health.sprint=active&health.capacity=12&coverage.board=7&coverage.sprint=active");
        page.await(HEALTH, "ready").await(COVERAGE, "ready");
        page.script("document.querySelectorAll('.pg-tile[data-metric=M6b] details').forEach(d => d.open = true)");
        session.browser().driver.manage().window().setSize(new Dimension(1400, 2600));

        assertThat(page.find(HEALTH, ".pg-tile[data-metric='M6b'] details").getAttribute("open"))
                .isNotNull();
        assertThat(page.findAll(HEALTH, "canvas[data-role='burnup']")).hasSize(1);
        assertThat(page.findAll(COVERAGE, "canvas[data-role='bars']")).hasSize(1);
        assertThat(page.find(HEALTH, "[data-load='over']").getText()).isEqualTo("2 over capacity (above 110%)");
        assertWhollyInTheWindow(page, HEALTH);
        assertWhollyInTheWindow(page, COVERAGE);
        save("dashboard.png", session.browser().driver.getScreenshotAs(OutputType.BYTES));
        save("sprint-health.png", page.gadget(HEALTH).getScreenshotAs(OutputType.BYTES));
        save("readiness-coverage.png", page.gadget(COVERAGE).getScreenshotAs(OutputType.BYTES));

        page.find(HEALTH, "[data-action='configure']").click();
        page.await(HEALTH, "configuring");

        assertThat(new Select(page.find(HEALTH, "select[name='board']"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("PG board (PG)");
        assertThat(page.find(HEALTH, "input[name='capacity']").getAttribute("value"))
                .isEqualTo("12");
        save("sprint-health-settings.png", page.gadget(HEALTH).getScreenshotAs(OutputType.BYTES));
    }

    /** A picture of the dashboard must not cut a gadget off at the window's bottom edge. */
    private static void assertWhollyInTheWindow(GadgetPage page, String kind) {
        Number bottom = (Number)
                page.script("return arguments[0].getBoundingClientRect().bottom + window.scrollY", page.gadget(kind));
        Number height = (Number) page.script("return window.innerHeight");
        assertThat(bottom.doubleValue()).as("%s bottom", kind).isLessThanOrEqualTo(height.doubleValue());
    }

    private static void save(String name, byte[] png) throws IOException {
        Path target = Path.of("target/screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if ("update".equals(System.getProperty("phasegate.screenshots"))) {
            Path docs = Path.of(System.getProperty("phasegate.screenshot.dir", "../docs/screenshots"), name);
            Files.createDirectories(docs.getParent());
            Files.write(docs, png);
        }
    }
}
