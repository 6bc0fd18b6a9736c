package io.phasegate.standalone.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasegate.standalone.health.HealthFixtures.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phasegate health} run in-process over the fixture boards, as a user would run it. */
class HealthCommandTest {
    private static final String NOW = "2026-02-06T12:00:00Z";
    // Exact decimals, as the contract writes them: 0.4400 stays 0.4400.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static Run health(String... args) {
        List<String> all = new ArrayList<>(List.of("health"));
        all.addAll(List.of(args));
        return HealthFixtures.run(all.toArray(String[]::new));
    }

    private static JsonNode json(Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        JsonNode out = json(health("--data", HealthFixtures.dir("dc").toString(), "--sprint", "102", "--now", NOW));

        assertThat(out.fieldNames()).toIterable().containsExactly("board", "done", "workingDays", "sprints");
        assertThat(out.path("board").path("id").asLong()).isEqualTo(7);
        assertThat(out.path("board").path("columns").get(3).toString())
                .isEqualTo("{\"name\":\"Done\",\"statuses\":[\"Done\"]}");
        assertThat(out.path("board").path("estimationField").asText()).isEqualTo("customfield_10002");
        assertThat(out.path("done").asText()).isEqualTo("right-most-column");
        assertThat(out.path("workingDays").toString()).isEqualTo("[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]");
        JsonNode sprint = out.path("sprints").get(0);
        assertThat(sprint.fieldNames()).toIterable().containsExactly("id", "name", "state", "metrics", "warnings");
        assertThat(sprint.path("id").asLong()).isEqualTo(102);
        assertThat(sprint.path("name").asText()).isEqualTo("Sprint 2");
        assertThat(sprint.path("state").asText()).isEqualTo("closed");
        JsonNode m10 = sprint.path("metrics").path("M10");
        assertThat(m10.fieldNames()).toIterable().containsExactly("value", "unit", "issues", "notes", "formulaVersion");
        assertThat(m10.toString())
                .isEqualTo("{\"value\":0.4400,\"unit\":\"ratio\",\"issues\":[\"PG-2\",\"PG-6\",\"PG-10\",\"PG-12\"],"
                        + "\"notes\":[\"count:4/8\"],\"formulaVersion\":1}");
        assertThat(sprint.path("metrics").path("M1").path("value").toString()).isEqualTo("25");
        assertThat(sprint.path("metrics").fieldNames()).toIterable().startsWith("M1", "M2", "M3", "M4", "M5", "M6");
    }

    @Test
    void undefinedMetricsAreNullNotInfinity() throws IOException {
        JsonNode out = json(health("--data", HealthFixtures.dir("cloud").toString(), "--sprint", "101", "--now", NOW));

        JsonNode m13 = out.path("sprints").get(0).path("metrics").path("M13");
        assertThat(m13.path("value").isNull()).isTrue();
        assertThat(m13.path("notes").toString()).contains("no-history");
    }

    @Test
    void byDefaultTheActiveSprintIsEvaluated() throws IOException {
        JsonNode out = json(health("--data", HealthFixtures.dir("cloud").toString(), "--now", NOW));

        assertThat(out.path("sprints")).hasSize(1);
        assertThat(out.path("sprints").get(0).path("id").asLong()).isEqualTo(103);
        assertThat(out.path("sprints").get(0).path("state").asText()).isEqualTo("active");
    }

    @Test
    void allEvaluatesEveryStartedSprintButNotTheFutureOne() throws IOException {
        JsonNode out = json(health("--data", HealthFixtures.dir("dc").toString(), "--all", "--now", NOW));

        List<Long> ids = new ArrayList<>();
        out.path("sprints").forEach(sprint -> ids.add(sprint.path("id").asLong()));
        assertThat(ids).containsExactly(101L, 102L, 103L);
    }

    @Test
    void warningsAreListedPerSprint() throws IOException {
        JsonNode out = json(health("--data", HealthFixtures.dir("dc").toString(), "--all", "--now", NOW));

        String sprintOne = out.path("sprints").get(0).path("warnings").toString();
        String sprintTwo = out.path("sprints").get(1).path("warnings").toString();
        assertThat(sprintTwo).contains("PG-9: status \\\"Waiting\\\" is on no board column");
        assertThat(sprintOne).doesNotContain("PG-9").contains("status 3 is called \\\"In Work\\\"");
    }

    @Test
    void tableIsAlignedAndReadable() {
        Run run = health(
                "--data", HealthFixtures.dir("dc").toString(), "--sprint", "102", "--format", "table", "--now", NOW);

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("Board 7 \"PG board\" | Done: right-most-column | working days: MON TUE WED THU FRI");
        int header = lines.indexOf("Sprint 102 \"Sprint 2\" (closed)") + 1;
        assertThat(lines.get(header)).matches("  ID +Metric +Value  Unit");
        int valueEnd = lines.get(header).indexOf("Value") + "Value".length();
        List<String> rows = lines.subList(header + 1, lines.indexOf("Warnings:"));
        // Ids and names left-aligned, values right-aligned on one column, then the unit.
        assertThat(rows).allSatisfy(row -> {
            assertThat(row).startsWith("  M");
            assertThat(row.charAt(valueEnd - 1)).isNotEqualTo(' ');
            assertThat(row.substring(valueEnd)).matches("  [a-z-]+");
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.split(" {2,}"))
                .containsExactly("", "M1", "Committed scope", "25", "points"));
        assertThat(rows).anySatisfy(row -> assertThat(row.split(" {2,}"))
                .containsExactly("", "M10", "Say/Do", "0.4400", "ratio"));
        assertThat(rows).anySatisfy(row -> assertThat(row.split(" {2,}"))
                .containsExactly("", "M13b", "Velocity stability (CoV)", "0.3333", "ratio"));
        assertThat(lines.subList(lines.indexOf("Warnings:"), lines.size()))
                .contains("  - PG-9: status \"Waiting\" is on no board column: while in it the issue counts 0 points");
    }

    @Test
    void calendarAndDoneOptionsChangeTheResult() throws IOException {
        JsonNode out = json(health(
                "--data", HealthFixtures.dir("dc").toString(),
                "--now", NOW,
                "--done", "status-category",
                "--working-days", "MON-THU",
                "--holidays", "2026-02-03,2026-02-04",
                "--zone", "Europe/Berlin"));

        assertThat(out.path("done").asText()).isEqualTo("status-category");
        assertThat(out.path("workingDays").toString()).isEqualTo("[\"MON\",\"TUE\",\"WED\",\"THU\"]");
        // Mon 10:00–24:00 Berlin (t0 09:00 UTC), Thu whole day; Fri is not worked: 14/24 + 1 elapsed
        String notes = out.path("sprints")
                .get(0)
                .path("metrics")
                .path("M15")
                .path("notes")
                .toString();
        assertThat(notes).contains("working-days-elapsed:1.583333");
    }

    @Test
    void unknownSprintExitsTwoAndListsTheSprints() {
        Run run = health("--data", HealthFixtures.dir("dc").toString(), "--sprint", "999");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("phasegate health: --sprint 999: no such sprint")
                .contains("101 \"Sprint 1\" (closed)", "104 \"Sprint 4\" (future)");
    }

    @Test
    void futureSprintExitsTwo() {
        Run run = health("--data", HealthFixtures.dir("dc").toString(), "--sprint", "104");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\"Sprint 4\" has not started");
    }

    @Test
    void badOptionValuesExitTwo() {
        Path dc = HealthFixtures.dir("dc");
        assertThat(health("--data", dc.toString(), "--working-days", "MON-FUN").err())
                .contains("--working-days: \"FUN\" is not a weekday");
        assertThat(health("--data", dc.toString(), "--holidays", "25.12.2026").exitCode())
                .isEqualTo(2);
        assertThat(health("--data", dc.toString(), "--zone", "Mars/Olympus").exitCode())
                .isEqualTo(2);
        assertThat(health("--data", dc.toString(), "--done", "resolved").exitCode())
                .isEqualTo(2);
        assertThat(health("--data", dc.toString(), "--sprint", "102", "--all").exitCode())
                .isEqualTo(2);
        assertThat(health().exitCode()).isEqualTo(2);
    }

    @Test
    void brokenFileExitsTwoNamingFileAndPlaceWithoutStackTrace(@TempDir Path dir) throws IOException {
        for (String name : List.of("board-configuration.json", "sprints.json", "statuses.json")) {
            Files.copy(HealthFixtures.dir("dc").resolve(name), dir.resolve(name));
        }
        Files.writeString(
                dir.resolve("issues.json"), "{\"startAt\":0,\"issues\":[{\"key\":\"PG-1\",\"fields\":{\"status\":}}]}");

        Run run = health("--data", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("phasegate health: issues.json: is not valid JSON at line 1, column 57")
                .contains("/issues/0/fields/status")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void missingDirectoryExitsTwo(@TempDir Path dir) {
        Run run = health("--data", dir.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a directory");
    }

    @Test
    void capacityTurnsPeopleLoadFromUnknownIntoCounts() throws IOException {
        String dir = HealthFixtures.dir("dc").toString();

        JsonNode without = json(health("--data", dir, "--sprint", "102", "--now", NOW, "--no-snapshots"))
                .path("sprints")
                .get(0)
                .path("metrics")
                .path("M29");
        JsonNode with = json(health(
                        "--data", dir, "--sprint", "102", "--now", NOW, "--no-snapshots", "--capacity", "10"))
                .path("sprints")
                .get(0)
                .path("metrics")
                .path("M29");

        assertThat(without.path("value").isNull()).isTrue();
        assertThat(without.path("notes").toString()).contains("\"no-capacity\"");
        assertThat(with.path("value").asInt()).isEqualTo(1);
        assertThat(with.path("notes").toString()).contains("\"under:1\"", "\"over:0\"");
    }

    private static JsonNode m29(String... capacityOptions) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--data", HealthFixtures.dir("dc").toString(), "--sprint", "102", "--now", NOW, "--no-snapshots"));
        args.addAll(List.of(capacityOptions));
        return json(health(args.toArray(String[]::new)))
                .path("sprints")
                .get(0)
                .path("metrics")
                .path("M29");
    }

    @Test
    void eachPersonsCapacityFromAFileOrOptionsFeedsPeopleLoad(@TempDir Path dir) throws IOException {
        // Sprint 102: Ana Lima holds 1 point at its end; the rest of its scope is unassigned.
        Path file = Files.writeString(dir.resolve("capacity.json"), "{\n  \"Ana Lima\": 1\n}\n");

        JsonNode fromFile = m29("--capacity-file", file.toString());
        JsonNode fromOption = m29("--person-capacity", "Ana Lima=3");
        JsonNode none = m29("--person-capacity", "Ana Lima=0");

        assertThat(fromFile.path("value").asInt()).isZero();
        assertThat(fromFile.path("notes").toString()).contains("\"within:1\"", "\"no-capacity:0\"");
        assertThat(fromOption.path("value").asInt()).isEqualTo(1);
        assertThat(fromOption.path("notes").toString()).contains("\"under:1\"");
        assertThat(fromOption.path("issues").toString()).isEqualTo("[\"PG-12\"]");
        assertThat(none.path("notes").toString()).contains("\"over:1\"");
    }

    @Test
    void badCapacityFileEntriesAreAllNamedByLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("capacity.json"),
                """
                {
                  "Ana Lima": "8",
                  "  ": 2,
                  "Cy": -1,
                  "Dee": 1e7,
                  "Eve": 0.12345,
                  "Fay": [1],
                  "Gil\\nB": null
                }
                """);

        Run run = health("--data", HealthFixtures.dir("dc").toString(), "--capacity-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList())
                .containsExactly(
                        "phasegate health: --capacity-file " + file + " line 2, \"Ana Lima\": expected the person's"
                                + " points as a number (0 or more), found the string \"8\"",
                        "--capacity-file " + file + " line 3, \"  \": the person's name is empty",
                        "--capacity-file " + file + " line 4, \"Cy\": -1 points; a capacity is 0 or more",
                        "--capacity-file " + file + " line 5, \"Dee\": 10000000 points is more than 1000000,"
                                + " surely a typing mistake",
                        "--capacity-file " + file + " line 6, \"Eve\": 0.12345 has more than 4 decimal places",
                        "--capacity-file " + file + " line 7, \"Fay\": expected the person's points as a number"
                                + " (0 or more), found an array",
                        "--capacity-file " + file + " line 8, \"Gil\\u000aB\": expected the person's points as a"
                                + " number (0 or more), found null");
    }

    @Test
    void malformedOrEmptyCapacityFilesExitTwoWithWhereItBroke(@TempDir Path dir) throws IOException {
        Path trailingComma = Files.writeString(dir.resolve("a.json"), "{\"Ana Lima\": 1,\n}");
        Path twice = Files.writeString(dir.resolve("b.json"), "{\"Ana Lima\": 1,\n \"Ana Lima\": 2}");
        Path list = Files.writeString(dir.resolve("c.json"), "[{\"Ana Lima\": 1}]");
        Path empty = Files.writeString(dir.resolve("d.json"), "{}");
        String data = HealthFixtures.dir("dc").toString();

        assertThat(health("--data", data, "--capacity-file", trailingComma.toString())
                        .err())
                .startsWith("phasegate health: --capacity-file " + trailingComma + ": is not valid JSON at line 2,");
        assertThat(health("--data", data, "--capacity-file", twice.toString()).err())
                .contains("is not valid JSON at line 2,", "Duplicate");
        assertThat(health("--data", data, "--capacity-file", list.toString()).err())
                .contains("expected a JSON object of people and their points");
        assertThat(health("--data", data, "--capacity-file", empty.toString()).err())
                .contains("names nobody");
        assertThat(health(
                                "--data",
                                data,
                                "--capacity-file",
                                dir.resolve("none.json").toString())
                        .err())
                .contains("none.json: no such file");
        assertThat(health("--data", data, "--capacity-file", empty.toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void unknownPeopleAndBadEntriesAreRefusedBeforeAnythingIsPrinted() {
        String data = HealthFixtures.dir("dc").toString();

        Run typo = health("--data", data, "--person-capacity", "ana  lima=3", "--person-capacity", "Zed=2");
        Run malformed = health(
                "--data",
                data,
                "--person-capacity",
                "Ana Lima",
                "--person-capacity",
                "Bo=x",
                "--person-capacity",
                "Cy=1",
                "--person-capacity",
                "Cy=2");
        Run both = health("--data", data, "--capacity", "10", "--person-capacity", "Ana Lima=3");

        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err().lines().toList())
                .containsExactly(
                        "phasegate health: --person-capacity \"ana  lima=3\": no issue in " + data
                                + " was ever assigned to \"ana  lima\"; did you mean \"Ana Lima\"?",
                        "--person-capacity \"Zed=2\": no issue in " + data + " was ever assigned to \"Zed\" (names"
                                + " are the assignees' display names as Jira shows them; its issues have 1 assignee)");
        assertThat(malformed.err().lines().toList())
                .containsExactly(
                        "phasegate health: --person-capacity \"Ana Lima\": expected NAME=POINTS, such as"
                                + " \"Ada Lovelace=8\"",
                        "--person-capacity \"Bo=x\": expected the person's points as a number (0 or more), found \"x\"",
                        "--person-capacity \"Cy=2\": \"Cy\" already has a capacity, from --person-capacity \"Cy=1\"");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void graceMovesWorkAddedJustAfterTheStartIntoTheCommitment() throws IOException {
        // Sprint 102 starts half an hour before PG-13 is added to it (2026-01-20T10:00).
        Path dir = HealthFixtures.dir("dc");
        Path sprints = dir.resolve("sprints.json");
        Files.writeString(
                sprints,
                Files.readString(sprints)
                        .replace(
                                "\"startDate\": \"2026-01-19T09:00:00.000Z\"",
                                "\"startDate\": \"2026-01-20T09:30:00.000Z\"")
                        .replace(
                                "\"activatedDate\": \"2026-01-19T09:00:00.000Z\"",
                                "\"activatedDate\": \"2026-01-20T09:30:00.000Z\""));
        assertThat(Files.readString(sprints)).contains("2026-01-20T09:30:00.000Z");

        JsonNode strict = json(health("--data", dir.toString(), "--sprint", "102", "--now", NOW, "--no-snapshots"))
                .path("sprints")
                .get(0)
                .path("metrics");
        JsonNode lenient = json(health(
                        "--data", dir.toString(), "--sprint", "102", "--now", NOW, "--no-snapshots", "--grace", "PT1H"))
                .path("sprints")
                .get(0)
                .path("metrics");

        assertThat(strict.path("M1").path("issues").toString()).doesNotContain("PG-13");
        assertThat(strict.path("M2").path("issues").toString()).contains("PG-13");
        assertThat(lenient.path("M1").path("issues").toString()).contains("PG-13");
        assertThat(lenient.path("M2").path("issues").toString()).doesNotContain("PG-13");
    }

    @Test
    void badCapacityOrGraceExitsTwoWithTheRule() {
        String dir = HealthFixtures.dir("dc").toString();

        Run negative = health("--data", dir, "--capacity", "-1", "--no-snapshots");
        Run longGrace = health("--data", dir, "--grace", "P2D", "--no-snapshots");

        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--capacity must be the team's capacity in points, 0 or more, not -1");
        assertThat(longGrace.exitCode()).isEqualTo(2);
        assertThat(longGrace.err()).contains("grace must be between 0 and PT24H");
    }

    @Test
    void healthIsRegisteredInTheRootCommand() {
        Run run = HealthFixtures.run("--help");

        assertThat(run.out()).contains("health");
    }
}
