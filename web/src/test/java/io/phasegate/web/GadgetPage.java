package io.phasegate.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The standalone dashboard page as a user sees it: one gadget at a time, found by its kind. */
final class GadgetPage {
    static final String HEALTH = "sprint-health";
    static final String COVERAGE = "readiness-coverage";

    private final WebDriver driver;
    private final FixtureServer server;

    GadgetPage(Browser browser, FixtureServer server) {
        this.driver = browser.driver;
        this.server = server;
    }

    /** Opens the dashboard with a fresh localStorage and the given query (e.g. "health.board=7"). */
    GadgetPage open(String query) {
        driver.get(server.url("/web/i18n/en.json"));
        script("window.localStorage.clear()");
        driver.get(server.url("/?" + query));
        return this;
    }

    WebElement gadget(String kind) {
        return driver.findElement(By.cssSelector(".pg-gadget[data-kind='" + kind + "']"));
    }

    /** Waits until the gadget reaches state (loading, ready, empty, error, configuring). */
    GadgetPage await(String kind, String state) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> kind + " never reached state " + state + "; now: " + stateOf(kind))
                .until(d -> state.equals(stateOf(kind)));
        return this;
    }

    String stateOf(String kind) {
        List<WebElement> found = driver.findElements(By.cssSelector(".pg-gadget[data-kind='" + kind + "']"));
        return found.isEmpty() ? "absent" : found.get(0).getAttribute("data-state");
    }

    WebElement find(String kind, String css) {
        return gadget(kind).findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String kind, String css) {
        return gadget(kind).findElements(By.cssSelector(css));
    }

    /** The shown value of metric id (a tile, ring or term), e.g. "15 pts". */
    String value(String kind, String metricId) {
        return find(kind, "[data-metric='" + metricId + "'] [data-role='value']")
                .getText();
    }

    /** The drill-down link of metric id's tile. */
    String drillHref(String kind, String metricId) {
        return find(
                        kind,
                        ".pg-tile[data-metric='" + metricId + "'] a[data-role='drill'], .pg-ring[data-metric='"
                                + metricId + "'] a[data-role='drill']")
                .getAttribute("href");
    }

    String text(String kind) {
        return gadget(kind).getText();
    }

    /** Opens the settings form, applies the changes and saves. */
    GadgetPage configure(String kind, String sprint, String capacity) {
        find(kind, "[data-action='configure']").click();
        await(kind, "configuring");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !find(kind, "select[name='sprint']")
                .findElements(By.cssSelector("option[value='" + sprint + "']"))
                .isEmpty());
        new Select(find(kind, "select[name='sprint']")).selectByValue(sprint);
        if (capacity != null) {
            WebElement input = find(kind, "input[name='capacity']");
            input.clear();
            input.sendKeys(capacity);
        }
        find(kind, "[data-action='save']").click();
        return this;
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }
}
