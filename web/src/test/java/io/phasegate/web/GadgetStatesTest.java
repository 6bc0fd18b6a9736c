package io.phasegate.web;

import static io.phasegate.web.GadgetPage.COVERAGE;
import static io.phasegate.web.GadgetPage.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Loading, empty, error and first-use states, the error codes in the user's words, auto-refresh (on a
 * fake clock, so no test waits for time to pass) and its pause while the tab is hidden.
 */
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
    void anErrorIsShownInTheUsersWordsWithTheServersTextFoldedAwayAndRetryRecovers() {
        session.server()
                .json(
                        "/boards/99/health?sprint=active",
                        404,
                        FixtureServer.Resources.text("fixtures/error-board-not-found.json"));
        page.open("health.board=99&health.sprint=active").await(HEALTH, "error");
        assertThat(page.find(HEALTH, "[data-role='error-message']").getText())
                .isEqualTo("Board 99 does not exist or you may not see it. Choose another board in Settings.");
        WebElement detail = page.find(HEALTH, "[data-role='error-detail']");
        assertThat(detail.getAttribute("open")).as("folded away").isNull();
        assertThat(detail.getAttribute("textContent"))
                .isEqualTo("Details from the server" + "There is no board 99; this server has board 7 \"PG board\"");
        session.server().fixture("/boards/99/health?sprint=active", "health-7-103.json");
        page.find(HEALTH, "[data-action='retry']").click();
        page.await(HEALTH, "ready");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "403 | forbidden               | You may not see board 7. Ask a Jira administrator for permission to"
                        + " browse its project and see the board, or choose another board in Settings.",
                "404 | sprint-not-found        | The chosen sprint is not on this board any more. Choose another"
                        + " sprint in Settings.",
                "503 | data-source-unavailable | Phasegate cannot read boards from Jira Software at the moment. Try"
                        + " again later; if it persists, ask a Jira administrator to check that Jira Software is"
                        + " installed and enabled.",
                "401 | not-logged-in           | Log in to Jira to see this gadget.",
                "500 | internal-error          | Phasegate failed on the server. An administrator finds the details"
                        + " in the server’s log."
            })
    void everyContractErrorCodeIsShownInTheGadgetsLanguageNotTheServersEnglish(int status, String code, String shown) {
        session.server()
                .json(
                        "/boards/7/health?sprint=active",
                        status,
                        "{\"error\":{\"code\":\"" + code + "\",\"message\":\"English from the server\"}}");
        page.open("health.board=7&health.sprint=active").await(HEALTH, "error");
        assertThat(page.find(HEALTH, "[data-role='error-message']").getText()).isEqualTo(shown);
        assertThat(page.find(HEALTH, "[data-role='error-detail']").getAttribute("textContent"))
                .endsWith("English from the server");
    }

    @Test
    void anUnknownErrorCodeShowsTheServersMessage() {
        session.server()
                .json(
                        "/boards/7/coverage?sprint=active",
                        409,
                        "{\"error\":{\"code\":\"newer-server-code\",\"message\":\"Only the server knows\"}}");
        page.open("coverage.board=7&coverage.sprint=active").await(COVERAGE, "error");
        assertThat(page.find(COVERAGE, "[data-role='error-message']").getText()).isEqualTo("Only the server knows");
        assertThat(page.findAll(COVERAGE, "[data-role='error-detail']")).isEmpty();
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
    void autoRefreshIsOffByDefault() {
        page.open("health.board=7&health.sprint=active").await(HEALTH, "ready");
        assertThat(page.script("return window.phasegateDashboard['sprint-health'].prefs().refreshMinutes"))
                .as("the dashboard's gadget without a refresh setting")
                .isEqualTo(0L);

        mountWithFakeClock("{boardId: 7, sprint: 'active'}");

        assertThat(pendingTimers()).as("no refresh scheduled").isEmpty();
        assertThat(healthRequests()).isEqualTo(2); // the dashboard's gadget and this one, once each
        page.find(HEALTH, "[data-action='configure']").click();
        page.await(HEALTH, "configuring");
        assertThat(new Select(page.find(HEALTH, "select[name='refreshMinutes']"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Off");
    }

    @Test
    void autoRefreshRefetchesEveryChosenPeriod() {
        page.open("health.board=7&health.sprint=active&health.refresh=5").await(HEALTH, "ready");
        assertThat(page.script("return window.phasegateDashboard['sprint-health'].prefs().refreshMinutes"))
                .as("the dashboard passes the URL's setting on")
                .isEqualTo(5L);

        mountWithFakeClock("{boardId: 7, sprint: 'active', refreshMinutes: 5}");
        assertThat(pendingTimers()).containsExactly(300_000L);
        long before = healthRequests();

        page.script("window.__clock.fire()");

        page.await(HEALTH, "ready");
        assertThat(healthRequests()).isEqualTo(before + 1);
        assertThat(pendingTimers()).as("the next refresh").containsExactly(300_000L);
    }

    @Test
    void autoRefreshPausesWhileTheTabIsHiddenAndCatchesUpWhenShown() {
        page.open("").await(HEALTH, "configuring");
        mountWithFakeClock("{boardId: 7, sprint: 'active', refreshMinutes: 1}");
        page.script("Object.defineProperty(document, 'hidden', {configurable: true, get: () => true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");

        page.script("window.__clock.fire()");

        assertThat(healthRequests()).isEqualTo(1);
        assertThat(page.stateOf(HEALTH)).isEqualTo("ready");
        assertThat(pendingTimers()).as("nothing scheduled while hidden").isEmpty();
        page.script("Object.defineProperty(document, 'hidden', {configurable: true, get: () => false});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        page.await(HEALTH, "ready");
        assertThat(healthRequests()).isEqualTo(2);
        assertThat(pendingTimers()).containsExactly(60_000L);
    }

    /**
     * Replaces the dashboard's Sprint Health gadget by one mounted with prefs and a fake clock
     * (window.__clock) that only records timers until fire() runs them; waits until it is ready.
     */
    private void mountWithFakeClock(String prefs) {
        page.script("window.phasegateDashboard['sprint-health'].destroy();"
                + "window.__clock = {pending: [], next: 1,"
                + "  setTimeout(fn, ms) { const id = this.next++; this.pending.push({id, fn, ms}); return id; },"
                + "  clearTimeout(id) { this.pending = this.pending.filter((t) => t.id !== id); },"
                + "  fire() { const due = this.pending; this.pending = []; due.forEach((t) => t.fn()); }};"
                + "window.phasegateDashboard['sprint-health'] = PhasegateGadgets.mount("
                + "  document.getElementById('pg-sprint-health'), {kind: 'sprint-health',"
                + "  baseUrl: '/rest/phasegate/1.0', timers: window.__clock, prefs: " + prefs + "});");
        page.await(HEALTH, "ready");
    }

    /** The delays (ms) of the timers the gadget has scheduled and not cleared. */
    private List<Long> pendingTimers() {
        @SuppressWarnings("unchecked")
        List<Long> delays = (List<Long>) page.script("return window.__clock.pending.map((t) => t.ms)");
        return delays;
    }

    private long healthRequests() {
        return session.server().requests().stream()
                .filter(r -> r.contains("/health"))
                .count();
    }
}
