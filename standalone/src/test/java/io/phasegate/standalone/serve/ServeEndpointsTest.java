package io.phasegate.standalone.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServeEndpointsTest {
    static final String HOSTILE_KEY = "SHOP-7";
    static final String GATE = "{\"gate\":\"ready\",\"rules\":[{\"rule\":\"story-points\",\"field\":\"Story Points\"},"
            + "{\"rule\":\"acceptance-criteria\",\"source\":\"description\"}]}";
    static LiveServer live;

    @BeforeAll
    static void start() throws IOException {
        live = LiveServer.sample();
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    @Test
    void listsTheOneBoard() {
        assertThat(live.api("/boards").toString())
                .isEqualTo("{\"boards\":[{\"id\":7,\"name\":\"Shop team board\",\"project\":\"SHOP\"}]}");
    }

    @Test
    void listsSprintsNewestFirst() {
        JsonNode sprints = live.api("/boards/7/sprints").get("sprints");

        assertThat(ids(sprints)).containsExactly(105L, 104L, 103L, 102L, 101L);
        assertThat(sprints.get(1).get("state").asText()).isEqualTo("active");
        assertThat(sprints.get(1).get("startDate").asText()).isEqualTo("2026-07-10T09:00:00Z");
        assertThat(sprints.get(1).get("completeDate").isNull()).isTrue();
        assertThat(sprints.get(0).get("startDate").isNull()).isTrue();
    }

    @Test
    void healthOfTheActiveSprintHasMetricsAndABurnUpUpToToday() {
        JsonNode health = live.api("/boards/7/health?sprint=active");

        JsonNode sprint = health.get("sprint");
        assertThat(sprint.get("id").asLong()).isEqualTo(104);
        assertThat(sprint.get("metrics").get("M1").get("unit").asText()).isEqualTo("points");
        assertThat(sprint.get("metrics").get("M15").get("value").decimalValue()).isPositive();
        JsonNode burnup = sprint.get("burnup");
        assertThat(burnup.get("days")).hasSize(5);
        assertThat(burnup.get("days").get(4).get("date").asText()).isEqualTo("2026-07-16");
        assertThat(burnup.get("pace")).hasSize(10);
        assertThat(burnup.get("projection").get("date").asText()).isEqualTo("2026-07-23");
        assertThat(health.get("jiraBaseUrl").isNull()).isTrue();
        assertThat(health.get("hidden").asInt()).isZero();
        assertThat(health.get("generatedAt").asText()).isEqualTo("2026-07-16T08:30:00Z");
        assertThat(health.get("workingDays").toString()).isEqualTo("[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]");
    }

    @ParameterizedTest
    @CsvSource({"'', 104", "sprint=last-closed, 103", "sprint=101, 101", "sprint=active&capacity=40, 104"})
    void choosesTheSprint(String query, long id) {
        JsonNode health = live.api("/boards/7/health?" + query);

        assertThat(health.get("sprint").get("id").asLong()).isEqualTo(id);
    }

    @Test
    void aClosedSprintsBurnUpEndsOnItsVelocity() {
        JsonNode sprint = live.api("/boards/7/health?sprint=101").get("sprint");

        JsonNode days = sprint.get("burnup").get("days");
        assertThat(days).hasSize(10);
        assertThat(days.get(9).get("done").decimalValue())
                .isEqualByComparingTo(
                        sprint.get("metrics").get("M9").get("value").decimalValue());
    }

    @ParameterizedTest
    @CsvSource({
        "/boards/99/health, 404, board-not-found",
        "/boards/abc/sprints, 404, board-not-found",
        "/boards/7/health?sprint=999, 404, sprint-not-found",
        "/boards/7/coverage?sprint=999, 404, sprint-not-found",
        "/boards/7/health?sprint=soon, 400, bad-parameter",
        "/boards/7/health?sprint=backlog, 400, bad-parameter",
        "/boards/7/health?sprint=105, 400, sprint-not-started",
        "/boards/7/health?capacity=-3, 400, bad-parameter",
        "/nothing, 404, not-found"
    })
    void errorsHaveTheContractsShape(String path, int status, String code) {
        HttpResponse<String> response = live.get(PhasegateServer.BASE + path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains(Reply.JSON);
        JsonNode error = LiveServer.json(response);
        assertThat(error.size()).isEqualTo(1);
        assertThat(error.get("error").get("code").asText()).isEqualTo(code);
        assertThat(error.get("error").get("message").asText()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void coverageOfTheActiveSprintAndOfTheBacklog() {
        JsonNode sprint = live.api("/boards/7/coverage?sprint=active");
        JsonNode backlog = live.api("/boards/7/coverage?sprint=backlog");

        assertThat(sprint.get("scope").get("kind").asText()).isEqualTo("sprint");
        assertThat(sprint.get("scope").get("sprintId").asLong()).isEqualTo(104);
        assertThat(sprint.get("gate").get("gate").asText()).isEqualTo("ready-for-sprint");
        assertThat(sprint.get("gate").get("rules")).hasSize(3);
        assertThat(fieldNames(sprint.get("metrics"))).containsExactly("M35", "M36", "M37", "M39", "M41");
        assertThat(sprint.get("offenders")).isNotEmpty();
        JsonNode offender = sprint.get("offenders").get(0);
        assertThat(offender.get("missing").get(0).get("rule").asText())
                .isIn("story-points", "acceptance-criteria", "test-coverage");
        assertThat(offender.get("missing").get(0).get("message").asText()).endsWith(".");
        assertThat(backlog.get("scope").get("kind").asText()).isEqualTo("backlog");
        assertThat(backlog.get("scope").get("sprintId").isNull()).isTrue();
        assertThat(backlog.get("scope").get("issueCount").asInt()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void dryRunNeedsTheXsrfHeader() {
        HttpResponse<String> response = live.post("/gates/dry-run", dryRun(HOSTILE_KEY));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(LiveServer.json(response).get("error").get("code").asText()).isEqualTo("xsrf-check-failed");
    }

    @Test
    void dryRunRefusesOtherOrigins() {
        HttpResponse<String> response = live.post(
                "/gates/dry-run",
                dryRun(HOSTILE_KEY),
                "X-Atlassian-Token",
                "no-check",
                "Origin",
                "https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(LiveServer.json(response).get("error").get("code").asText()).isEqualTo("origin-forbidden");
    }

    @Test
    void dryRunGivesTheCheckVerdictWithHostileTextEscapedAndUnchanged() {
        HttpResponse<String> response = live.post(
                "/gates/dry-run",
                dryRun(HOSTILE_KEY),
                "X-Atlassian-Token",
                "no-check",
                "Origin",
                "http://127.0.0.1:" + live.server.port());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode verdict = LiveServer.json(response);
        assertThat(fieldNames(verdict))
                .containsExactly("gate", "issue", "passed", "violations", "misconfigurations", "warnings");
        String summary = verdict.get("issue").get("summary").asText();
        assertThat(summary).startsWith("Escape <script>alert(\"x\")</script> & \u201cquotes\u201d in the ");
        assertThat(response.body()).doesNotContain("<script>alert(\"x\")");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"gate\":{\"gate\":\"g\",\"rules\":[]},\"issueKey\":\"SHOP-1\"} | 400 | bad-gate",
                "{\"gate\":{\"gate\":\"g\"},\"issueKey\":\"SHOP-9999\"}            | 404 | issue-not-found",
                "{\"issueKey\":\"SHOP-1\"}                                          | 400 | bad-parameter",
                "not json                                                          | 400 | bad-parameter"
            })
    void dryRunErrors(String body, int status, String code) {
        HttpResponse<String> response = live.post("/gates/dry-run", body, "X-Atlassian-Token", "no-check");

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(LiveServer.json(response).get("error").get("code").asText()).isEqualTo(code);
    }

    @Test
    void aPathServedForGetOnlyAnswers405ToPost() {
        HttpResponse<String> response = live.post("/boards", "{}", "X-Atlassian-Token", "no-check");

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void metaPointsAtTheChartJsThatIsServed() {
        JsonNode meta = live.api("/meta");

        assertThat(meta.get("mode").asText()).isEqualTo("standalone");
        assertThat(meta.get("chartJs").asText()).isEqualTo("/webjars/chart.js/4.5.1/dist/chart.umd.js");
        HttpResponse<String> chart = live.get(meta.get("chartJs").asText());
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(chart.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
    }

    @Test
    void theRootPageIsTheBundledDashboardAndNoFileEscapesTheAssetFolders() {
        HttpResponse<String> root = live.get("/");

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(root.body()).contains("phasegate-gadget.js").doesNotContain("not bundled");
        List<String> scripts = Pattern.compile("<script src=\"(/web/[\\w.-]+\\.js)\"")
                .matcher(root.body())
                .results()
                .map(r -> r.group(1))
                .toList();
        assertThat(scripts).contains("/web/gadget-dom.js", "/web/phasegate-gadget.js", "/web/dashboard.js");
        for (String script : scripts) {
            assertThat(live.get(script).statusCode()).as(script).isEqualTo(200);
        }
        assertThat(live.get("/webjars/../phasegate-version.properties").statusCode())
                .isEqualTo(404);
        assertThat(live.get("/web/%2e%2e/sample-data/sprints.json").statusCode())
                .isEqualTo(404);
        assertThat(live.get("/sample-data/sprints.json").statusCode()).isEqualTo(404);
    }

    static String dryRun(String key) {
        return "{\"gate\":" + GATE + ",\"issueKey\":\"" + key + "\"}";
    }

    static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
