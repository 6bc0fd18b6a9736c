package io.phasegate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractPartsTest {
    static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");
    static final SprintSnapshot CLOSED = new SprintSnapshot(
            101, "Sprint 1", SprintState.CLOSED, T0, null, T0.plusSeconds(86_400), T0.plusSeconds(90_000), 7);
    static final SprintSnapshot ACTIVE = new SprintSnapshot(
            102, "Sprint 2", SprintState.ACTIVE, T0.plusSeconds(100_000), null, T0.plusSeconds(200_000), null, 7);
    static final SprintSnapshot FUTURE =
            new SprintSnapshot(103, "Sprint 3", SprintState.FUTURE, null, null, null, null, 7);
    static final List<SprintSnapshot> SPRINTS = List.of(CLOSED, ACTIVE, FUTURE);

    @Test
    void drilldownCountsEachHiddenIssueOnceAcrossLists() {
        Set<IssueKey> visible = Set.of(IssueKey.of("PG-1"));
        Drilldown drilldown = new Drilldown(visible::contains);

        assertThat(drilldown.filter(List.of(IssueKey.of("PG-1"), IssueKey.of("PG-2"))))
                .containsExactly(IssueKey.of("PG-1"));
        assertThat(drilldown.filter(List.of(IssueKey.of("PG-2"), IssueKey.of("PG-3"))))
                .isEmpty();
        assertThat(drilldown.hidden()).isEqualTo(2);
    }

    @Test
    void sprintsAreListedNewestFirstWithNullDates() {
        String json = new String(BoardsJson.sprints(SPRINTS), StandardCharsets.UTF_8);

        assertThat(json)
                .startsWith("{\"sprints\":[{\"id\":103,\"name\":\"Sprint 3\",\"state\":\"future\",\"startDate\":null")
                .contains(
                        "{\"id\":101,\"name\":\"Sprint 1\",\"state\":\"closed\",\"startDate\":\"2026-02-02T09:00:00Z\"");
        assertThat(json.indexOf("\"id\":102")).isLessThan(json.indexOf("\"id\":101"));
    }

    @Test
    void boardNamesAreEscaped() {
        String json = new String(
                BoardsJson.boards(List.of(new BoardRef(7, "<b>\"board\"</b>", null))), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"boards\":[{\"id\":7,\"name\":\"<b>\\\"board\\\"</b>\",\"project\":null}]}");
    }

    @Test
    void sprintParameterDefaultsToActiveAndNamesWhatIsMissing() {
        assertThat(Params.sprint(null, SPRINTS, false)).contains(ACTIVE);
        assertThat(Params.sprint("last-closed", SPRINTS, false)).contains(CLOSED);
        assertThat(Params.sprint(null, List.of(CLOSED), false)).contains(CLOSED);
        assertThat(Params.sprint("backlog", SPRINTS, true)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> Params.sprint("999", SPRINTS, false))
                .isInstanceOf(ApiException.class)
                .hasMessage("The board has no sprint 999")
                .extracting(e -> ((ApiException) e).status())
                .isEqualTo(404);
        assertThatThrownBy(() -> Params.sprint("backlog", SPRINTS, false))
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo("bad-parameter");
        assertThatThrownBy(() -> Params.healthSprint("103", SPRINTS))
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo("sprint-not-started");
    }

    /**
     * The refusals shared with the Jira plugin carry their i18n key, and their English text is exactly
     * what phasegate serve has always answered (ids are never grouped as 12,345).
     */
    @Test
    void sharedRefusalsAreKeyedWithTheirExactEnglish() {
        SprintSnapshot big = new SprintSnapshot(12_345, "Sprint \"4\"", SprintState.FUTURE, null, null, null, null, 7);
        Map<String, ApiException> refusals = new LinkedHashMap<>();
        refusals.put("The board has no sprint 12346", refusal(() -> Params.sprint("12346", List.of(big), false)));
        refusals.put("The board has no active sprint", refusal(() -> Params.sprint("active", List.of(CLOSED), false)));
        refusals.put(
                "The board has no last-closed sprint", refusal(() -> Params.sprint("last-closed", List.of(big), true)));
        refusals.put(
                "sprint must be active, last-closed or a sprint id, not \"soon\"",
                refusal(() -> Params.sprint("soon", SPRINTS, false)));
        refusals.put(
                "sprint must be active, last-closed, backlog or a sprint id, not \"soon\"",
                refusal(() -> Params.sprint("soon", SPRINTS, true)));
        refusals.put(
                "sprint must be active, last-closed or a sprint id, not \"backlog\"",
                refusal(() -> Params.healthSprint("backlog", SPRINTS)));
        refusals.put(
                "Sprint 12345 \"Sprint \"4\"\" has not started; there is no health to measure yet",
                refusal(() -> Params.healthSprint("12345", List.of(big))));
        refusals.put("no board has the id \"12,5\"", refusal(() -> Params.id("boardId", "12,5", "board-not-found")));

        refusals.forEach((english, refusal) -> {
            assertThat(refusal.getMessage()).isEqualTo(english);
            assertThat(refusal.text())
                    .hasValueSatisfying(text -> assertThat(text.key().key()).startsWith("phasegate.contract."));
        });
    }

    @Test
    void anAdaptersOwnRefusalHasNoKey() {
        assertThat(ApiException.badParameter("the query string is not URL-encoded")
                        .text())
                .isEmpty();
    }

    private static ApiException refusal(Runnable request) {
        try {
            request.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void capacityIsANumberOfPointsInRange() {
        assertThat(Params.capacity(" 40.0 ")).contains(new BigDecimal("40"));
        assertThat(Params.capacity("")).isEmpty();
        assertThatThrownBy(() -> Params.capacity("-1")).hasMessageContaining("from 0 to 1000000, not \"-1\"");
        assertThatThrownBy(() -> Params.capacity("lots")).isInstanceOf(ApiException.class);
    }

    @Test
    void absurdlyPreciseOrScaledCapacitiesAreRefusedWithoutWritingThemOut() {
        // Written out plainly, 1E-999999999 has a billion digits: building the cache key from it used to
        // allocate a gigabyte and take the node down with an OutOfMemoryError.
        assertThatThrownBy(() -> Params.capacity("1E-999999999"))
                .isInstanceOf(ApiException.class)
                .hasMessage("capacity must have at most 2 decimals, such as 35.25, not \"1E-999999999\"");
        assertThatThrownBy(() -> Params.capacity("1E+999999999"))
                .hasMessage("capacity must be the team's capacity in points, a number from 0 to 1000000, not"
                        + " \"1E+999999999\"");
        assertThatThrownBy(() -> Params.capacity("35.125")).hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> Params.capacity("1" + "0".repeat(100)))
                .hasMessageEndingWith("not \"1" + "0".repeat(39) + "…\"");
        assertThat(Params.capacity("35.250")).contains(new BigDecimal("35.25"));
        assertThat(Params.capacity("1E+6")).contains(new BigDecimal("1000000"));
    }

    @Test
    void equalCapacitiesShareOneShortHealthKey() {
        Optional<BigDecimal> forty = Params.capacity("40");

        assertThat(HealthSettings.key(7, forty)).isEqualTo("health|7|40");
        assertThat(HealthSettings.key(7, Params.capacity("4E+1"))).isEqualTo("health|7|40");
        assertThat(HealthSettings.key(7, Params.capacity("40.00"))).isEqualTo("health|7|40");
        assertThat(HealthSettings.key(7, Optional.empty())).isEqualTo("health|7|");
        assertThat(HealthSettings.key(7, Params.capacity("1000000.00"))).isEqualTo("health|7|1000000");
        assertThatThrownBy(() -> HealthSettings.key(7, Optional.of(new BigDecimal("1E-999999999"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pathIdsThatAreNoNumbersAreUnknown() {
        assertThat(Params.id("boardId", "7", "board-not-found")).isEqualTo(7);
        assertThatThrownBy(() -> Params.id("boardId", "7x", "board-not-found"))
                .hasMessage("no board has the id \"7x\"")
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo("board-not-found");
    }

    @Test
    void dryRunBodyKeepsTheGateAsJsonText() {
        DryRunRequest request = DryRunRequest.parse(
                "{\"issueKey\":\" PG-7 \",\"gate\":{\"gate\":\"g\",\"rules\":[{\"rule\":\"story-points\",\"min\":0.5}]}}"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(request.issueKey()).isEqualTo(IssueKey.of("PG-7"));
        assertThat(request.gateJson())
                .isEqualTo("{\"gate\":\"g\",\"rules\":[{\"rule\":\"story-points\",\"min\":0.5}]}");
    }

    @Test
    void badDryRunBodiesSayWhatTheBodyMustBe() {
        assertThat(error("{\"gate\":{}}")).isEqualTo(DryRunRequest.SHAPE);
        assertThat(error("[1]")).isEqualTo("the body must be a JSON object");
        assertThat(error("{\"gate\":{},\"issueKey\":\"not a key\"}"))
                .isEqualTo("\"not a key\" is not an issue key such as PG-7");
        assertThat(error("{\"gate\":{},\"gate\":{},\"issueKey\":\"PG-1\"}")).contains("Duplicate field 'gate'");
        assertThat(error("{\"gate\":{},\"issueKey\":\"PG-1\"} {}")).contains("data after the object");
        assertThat(error("{\"gate\":")).startsWith("the body is not valid JSON");
    }

    @Test
    void treesKeepOrderAndTypes() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("b", List.of(1, 2L, new BigDecimal("0.0001"), true));
        tree.put("a", null);

        assertThat(new String(ContractJson.bytes(json -> ContractJson.tree(json, tree)), StandardCharsets.UTF_8))
                .isEqualTo("{\"b\":[1,2,0.0001,true],\"a\":null}");
    }

    @Test
    void errorsHaveCodeAndMessage() {
        assertThat(new String(new ApiException(409, "xsrf-check-failed", "no <token>").body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":{\"code\":\"xsrf-check-failed\",\"message\":\"no <token>\"}}");
    }

    private static String error(String body) {
        try {
            DryRunRequest.parse(body.getBytes(StandardCharsets.UTF_8));
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(400);
            return e.getMessage();
        }
        throw new AssertionError("accepted " + body);
    }
}
