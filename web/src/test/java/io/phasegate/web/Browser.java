package io.phasegate.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium (Debian's {@code chromium} and {@code chromedriver}) with a fresh profile.
 * Without Chromium the browser tests fail when {@code CI} is set and are skipped locally, with the
 * command that installs it. Public for the Jira plugin's dashboard-item browser test (web's test-jar).
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String INSTALL =
            "Chromium is needed for the gadget tests: apt-get update && apt-get install -y chromium chromium-driver";

    /** Records calls of window.__xss(…) made by any payload that manages to execute. */
    static final String XSS_PROBE =
            "window.__xssHits = [];" + "window.__xss = function (n) { window.__xssHits.push(String(n)); };";

    public final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            if (System.getenv("CI") != null) {
                Assertions.fail(INSTALL + " (missing " + CHROMIUM + " or " + CHROMEDRIVER + ")");
            }
            Assumptions.abort(INSTALL + " — skipped locally");
        }
        try {
            Path profile = Files.createTempDirectory("phasegate-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1400,1000",
                    "--lang=en-US",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", XSS_PROBE));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteTree(profile.toFile());
    }

    private static void deleteTree(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteTree(child);
            }
        }
        file.delete();
    }
}
