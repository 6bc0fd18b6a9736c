package io.phasegate.standalone.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phasegate serve} answers a closed sprint from its stored snapshot after the export changes. */
class ServeSnapshotsTest {
    @Test
    void aNewExportWithoutAnIssueDoesNotChangeAClosedSprint(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(ServeDataDirectoryTest.FIXTURE)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        try (LiveServer live = LiveServer.withSnapshots(dir)) {
            JsonNode before = live.api("/boards/7/health?sprint=102").get("sprint");
            assertThat(dir.resolve("snapshots/sprint-102-close.json")).exists();

            Path issues = dir.resolve("issues-1.json");
            ObjectNode export = (ObjectNode) JsonBytes.MAPPER.readTree(issues.toFile());
            ArrayNode list = (ArrayNode) export.get("issues");
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).get("key").asText().equals("PG-2")) {
                    list.remove(i);
                    break;
                }
            }
            export.put("total", export.get("total").asInt() - 1);
            Files.write(issues, JsonBytes.MAPPER.writeValueAsBytes(export));

            JsonNode after = live.api("/boards/7/health?sprint=102").get("sprint");

            assertThat(after.get("metrics").get("M10"))
                    .isEqualTo(before.get("metrics").get("M10"));
            assertThat(after.get("metrics").get("M9"))
                    .isEqualTo(before.get("metrics").get("M9"));
            assertThat(after.get("warnings").toString()).contains("snapshot-issue-missing PG-2");
            assertThat(before.get("warnings").toString()).doesNotContain("snapshot-");
        }
    }
}
