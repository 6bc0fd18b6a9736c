package io.phasegate.web;

import static io.phasegate.web.GadgetPage.COVERAGE;
import static io.phasegate.web.GadgetPage.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;

/**
 * Screenshots of both gadgets and the dashboard. Always written to target/screenshots; with
 * {@code -Dphasegate.screenshots=update} also to docs/screenshots (see docs/gadgets.md).
 */
class ScreenshotTest {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void dashboardAndBothGadgets() throws IOException {
        GadgetPage page = new GadgetPage(session.browser(), session.server())
                .open("health.board=7&health.sprint=active&health.capacity=12&coverage.board=7&coverage.sprint=active");
        page.await(HEALTH, "ready").await(COVERAGE, "ready");
        page.script("document.querySelectorAll('.pg-tile[data-metric=M6b] details').forEach(d => d.open = true)");
        session.browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2600));
        save("dashboard.png", session.browser().driver.getScreenshotAs(OutputType.BYTES));
        save("sprint-health.png", page.gadget(HEALTH).getScreenshotAs(OutputType.BYTES));
        save("readiness-coverage.png", page.gadget(COVERAGE).getScreenshotAs(OutputType.BYTES));
        page.find(HEALTH, "[data-action='configure']").click();
        page.await(HEALTH, "configuring");
        save("sprint-health-settings.png", page.gadget(HEALTH).getScreenshotAs(OutputType.BYTES));
        assertThat(Path.of("target/screenshots/dashboard.png")).exists();
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
