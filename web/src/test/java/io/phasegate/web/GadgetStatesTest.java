package io.phasegate.web;

import static io.phasegate.web.GadgetPage.COVERAGE;
import static io.phasegate.web.GadgetPage.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Loading, empty, error and first-use states, auto-refresh and its pause while the tab is hidden. */
class GadgetStatesTest {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    private GadgetPage page;

    @BeforeEach
    void fixtures() {
        session.server().reset();
        page = new GadgetPage(session.browser(), session.server());
    }

    @Test
    void showsLoadingUntilTheAnswerArrives() {
        CountDownLatch answer = session.server().hold("/boards/7/health?sprint=active");
        page.open("health.board=7&health.sprint=active").await(HEALTH, "loading");
        assertThat(page.find(HEALTH, "[role='status']").getText()).isEqualTo("Loading…");
        answer.countDown();
        page.await(HEALTH, "ready");
        assertThat(page.value(HEALTH, "M1")).isEqualTo("15 pts");
    }

    @Test
    void anEmptySprintSaysSoInsteadOfShowingZeros() {
        page.open("health.board=7&health.sprint=104&coverage.board=7&coverage.sprint=104");
        page.await(HEALTH, "empty").await(COVERAGE, "empty");
        assertThat(page.text(HEALTH)).contains("Sprint 4 has no issues yet");
        assertThat(page.text(COVERAGE)).contains("There are no issues in this scope to measure.");
        assertThat(page.findAll(HEALTH, "canvas")).isEmpty();
    }

    @Test
    void anErrorShowsTheContractsMessageAndRetryRecovers() {
        session.server().fixture("/boards/99/health?sprint=active", "error-board-not-found.json");
        session.server()
                .json(
                        "/boards/99/health?sprint=active",
                        404,
                        FixtureServer.Resources.text("fixtures/error-board-not-found.json"));
        page.open("health.board=99&health.sprint=active").await(HEALTH, "error");
        assertThat(page.find(HEALTH, "[data-role='error-message']").getText())
                .isEqualTo("Board 99 does not exist or you may not see it.");
        session.server().fixture("/boards/99/health?sprint=active", "health-7-103.json");
        page.find(HEALTH, "[data-action='retry']").click();
        page.await(HEALTH, "ready");
    }

    @Test
    void anAnswerWithoutTheErrorShapeStillExplainsItself() {
        session.server().text("/boards/7/coverage?sprint=active", 502, "text/html", "<html>Bad gateway</html>");
        page.open("coverage.board=7&coverage.sprint=active").await(COVERAGE, "error");
        assertThat(page.find(COVERAGE, "[data-role='error-message']").getText())
                .isEqualTo("The server answered with status 502.");
    }

    @Test
    void withoutABoardTheGadgetAsksToBeSetUp() {
        page.open("").await(HEALTH, "configuring").await(COVERAGE, "configuring");
        assertThat(page.text(HEALTH)).contains("Choose the board and sprint this gadget shows.", "PG board (PG)");
        assertThat(page.findAll(COVERAGE, "select[name='sprint'] option[value='backlog']"))
                .hasSize(1);
        assertThat(page.findAll(HEALTH, "input[name='capacity']")).hasSize(1);
        assertThat(page.findAll(COVERAGE, "input[name='capacity']")).isEmpty();
        page.configure(HEALTH, "101", null).await(HEALTH, "ready");
        assertThat(page.find(HEALTH, "[data-role='sprint-name']").getText()).isEqualTo("Sprint 1");
    }

    @Test
    void autoRefreshIsOffByDefaultAndRefetchesWhenSet() throws InterruptedException {
        page.open("health.board=7&health.sprint=active").await(HEALTH, "ready");
        Thread.sleep(1500);
        assertThat(healthRequests()).isEqualTo(1);
        // 0.01 minutes = 0.6 s; the settings form offers whole minutes, the API takes any.
        page.open("health.board=7&health.sprint=active&health.refresh=0.01").await(HEALTH, "ready");
        new WebDriverWait(session.browser().driver, Duration.ofSeconds(10)).until(d -> healthRequests() >= 4);
    }

    @Test
    void autoRefreshPausesWhileTheTabIsHiddenAndCatchesUpWhenShown() throws InterruptedException {
        page.open("health.board=7&health.sprint=active&health.refresh=0.01").await(HEALTH, "ready");
        page.script("Object.defineProperty(document, 'hidden', {configurable: true, get: () => true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        Thread.sleep(800);
        long before = healthRequests();
        Thread.sleep(2000);
        assertThat(healthRequests()).isEqualTo(before);
        page.script("Object.defineProperty(document, 'hidden', {configurable: true, get: () => false});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        new WebDriverWait(session.browser().driver, Duration.ofSeconds(5)).until(d -> healthRequests() > before);
    }

    private long healthRequests() {
        return session.server().requests().stream()
                .filter(r -> r.contains("/health"))
                .count();
    }
}
