package io.phasegate.standalone.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasegate.standalone.health.HealthFixtures.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code phasegate health} keeps closed sprints as they were when first measured (G2, G9). */
class HealthSnapshotsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOW = "2026-03-01T12:00:00Z";

    @Test
    void aClosedSprintKeepsItsNumbersWhenAnIssueLeavesTheBoardLater() throws IOException {
        Path data = HealthFixtures.dir("dc");
        JsonNode first = sprint(health(data, "--sprint", "102"));
        assertThat(data.resolve("snapshots/sprint-102-close.json")).exists();

        dropIssue(data.resolve("issues-1.json"), "PG-2"); // the board's filter no longer matches PG-2
        JsonNode frozen = sprint(health(data, "--sprint", "102"));
        JsonNode reconstructed = sprint(health(data, "--sprint", "102", "--no-snapshots"));

        for (String id : new String[] {"M1", "M5", "M9", "M10"}) {
            assertThat(frozen.path("metrics").path(id))
                    .as(id)
                    .isEqualTo(first.path("metrics").path(id));
        }
        assertThat(reconstructed.path("metrics").path("M10").path("value"))
                .isNotEqualTo(first.path("metrics").path("M10").path("value"));
        assertThat(frozen.path("warnings").toString()).contains("snapshot-issue-missing PG-2: stored committed, done,");
        assertThat(first.path("warnings").toString()).doesNotContain("snapshot-");
        assertThat(reconstructed.path("warnings").toString()).doesNotContain("snapshot-");
    }

    @Test
    void anUnreadableSnapshotIsAWarningAndStaysAsItWas() throws IOException {
        Path data = HealthFixtures.dir("dc");
        Path folder = Files.createDirectories(data.resolve("snapshots"));
        Files.writeString(folder.resolve("sprint-102-close.json"), "not json");

        Run run = health(data, "--sprint", "102");

        assertThat(run.exitCode()).isZero();
        assertThat(sprint(run).path("warnings").toString())
                .contains("snapshot-unreadable " + folder.resolve("sprint-102-close.json") + ": not valid JSON");
        assertThat(Files.readString(folder.resolve("sprint-102-close.json"))).isEqualTo("not json");
    }

    @Test
    void noSnapshotsStoresNothing() throws IOException {
        Path data = HealthFixtures.dir("dc");

        assertThat(health(data, "--all", "--no-snapshots").exitCode()).isZero();

        assertThat(data.resolve("snapshots")).doesNotExist();
    }

    private static Run health(Path data, String... more) {
        String[] args = new String[more.length + 5];
        args[0] = "health";
        args[1] = "--data";
        args[2] = data.toString();
        args[3] = "--now";
        args[4] = NOW;
        System.arraycopy(more, 0, args, 5, more.length);
        return HealthFixtures.run(args);
    }

    private static JsonNode sprint(Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).path("sprints").get(0);
    }

    private static void dropIssue(Path file, String key) throws IOException {
        ObjectNode page = (ObjectNode) JSON.readTree(file.toFile());
        ArrayNode issues = (ArrayNode) page.path("issues");
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).path("key").asText().equals(key)) {
                issues.remove(i);
                break;
            }
        }
        page.put("total", page.path("total").asInt() - 1);
        JSON.writeValue(file.toFile(), page);
    }
}
