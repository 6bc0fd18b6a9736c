package io.phasegate.standalone.export;

import static io.phasegate.standalone.export.ExportRunner.json;
import static io.phasegate.standalone.export.ExportRunner.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.standalone.PhasegateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ExportCommandTest {
    private final ExportRunner runner = new ExportRunner();

    @TempDir
    Path dir;

    @Test
    void dataCenterExportSavesEveryResponseAPageAtATime() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            ExportRunner.Run run = runner.dataCenter(jira, dir, "--page-size", "3");

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("Exported board 42", "7 issues in 3 pages");
            JsonNode sprints = json(dir.resolve("sprints.json"));
            assertThat(sprints.path("isLast").asBoolean()).isTrue();
            assertThat(sprints.path("values").toString())
                    .as("each sprint kept as Jira returned it")
                    .isEqualTo(jira.board().sprints.toString().replace(", ", ","));
            assertThat(text(dir.resolve("board-configuration.json")))
                    .isEqualTo(jira.served("/rest/agile/1.0/board/42/configuration"));
            assertThat(text(dir.resolve("statuses.json"))).isEqualTo(jira.served("/rest/api/2/status"));
            assertThat(text(dir.resolve("fields.json"))).isEqualTo(jira.served("/rest/api/2/field"));
            assertThat(keys(dir.resolve("issues-0001.json"))).containsExactly("PG-1", "PG-2", "PG-3");
            assertThat(keys(dir.resolve("issues-0003.json"))).containsExactly("PG-7");
            assertThat(text(dir.resolve("issues-0001.json")))
                    .as("a page without truncated changelogs is saved exactly as served")
                    .isEqualTo(jira.served(
                            "/rest/agile/1.0/board/42/issue?expand=changelog,names&startAt=0&maxResults=3"));
        }
    }

    @Test
    void dataCenterCompletesTruncatedChangelogFromTheChangelogResource() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            assertThat(runner.dataCenter(jira, dir, "--page-size", "3").exit()).isZero();

            JsonNode changelog = issue(dir.resolve("issues-0002.json"), "PG-4").path("changelog");
            assertThat(changelog.toString())
                    .isEqualTo(jira.board().issue("PG-4").path("changelog").toString());
            assertThat(jira.requests())
                    .contains("/rest/api/2/issue/PG-4/changelog?startAt=2&maxResults=100")
                    .noneMatch(r -> r.contains("PG-1/changelog"));
            JsonNode note =
                    json(dir.resolve("manifest.json")).path("changelogs").get(0);
            assertThat(note.path("issue").asText()).isEqualTo("PG-4");
            assertThat(note.path("page").asText()).isEqualTo("issues-0002.json");
            assertThat(note.path("inline").asInt()).isEqualTo(2);
            assertThat(note.path("histories").asInt()).isEqualTo(5);
            assertThat(note.path("source").asText()).isEqualTo("/rest/api/2/issue/PG-4/changelog");
            assertThat(note.path("complete").asBoolean()).isTrue();
        }
    }

    @Test
    void dataCenterWithoutTheChangelogResourceReadsTheIssueInstead() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            jira.changelogResource = false;
            assertThat(runner.dataCenter(jira, dir, "--page-size", "3").exit()).isZero();

            JsonNode changelog = issue(dir.resolve("issues-0002.json"), "PG-4").path("changelog");
            assertThat(changelog.path("histories")).hasSize(5);
            assertThat(json(dir.resolve("manifest.json"))
                            .path("changelogs")
                            .get(0)
                            .path("source")
                            .asText())
                    .isEqualTo("/rest/api/2/issue/PG-4?expand=changelog");
        }
    }

    @Test
    void cloudExportSignsInWithEmailAndApiTokenAndUsesTheV3Changelog() {
        try (FakeJira jira = ExportRunner.cloudJira()) {
            ExportRunner.Run run = runner.cloud(jira, dir);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(jira.authorizations()).allMatch(a -> a.startsWith("Basic "));
            assertThat(jira.requests()).contains("/rest/api/3/issue/PG-4/changelog?startAt=2&maxResults=100");
            assertThat(keys(dir.resolve("issues-0001.json"))).hasSize(7);
            JsonNode manifest = json(dir.resolve("manifest.json"));
            assertThat(manifest.path("deployment").asText()).isEqualTo("Cloud");
            assertThat(manifest.path("complete").asBoolean()).isTrue();
            assertThat(issue(dir.resolve("issues-0001.json"), "PG-4")
                            .path("changelog")
                            .path("histories"))
                    .hasSize(5);
        }
    }

    @Test
    void lastSprintsLimitTheIssuesToThoseSprints() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            assertThat(runner.dataCenter(jira, dir, "--sprints", "2").exit()).isZero();

            // Sprint 5 is future; the last two started are 3 and 4.
            assertThat(keys(dir.resolve("issues-0001.json"))).containsExactly("PG-4", "PG-5", "PG-6", "PG-7");
            assertThat(json(dir.resolve("manifest.json"))
                            .path("issues")
                            .path("jql")
                            .asText())
                    .isEqualTo("sprint in (3,4)");
        }
    }

    @Test
    void manifestListsEveryFileWithCountAndChecksum() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            assertThat(runner.dataCenter(jira, dir, "--page-size", "3").exit()).isZero();

            JsonNode manifest = json(dir.resolve("manifest.json"));
            assertThat(manifest.path("url").asText()).isEqualTo(jira.url());
            assertThat(manifest.path("board").asLong()).isEqualTo(42);
            assertThat(manifest.path("deployment").asText()).isEqualTo("Server");
            assertThat(manifest.path("finishedAt").asText()).isEqualTo("2026-11-27T10:00:00Z");
            List<String> names = new ArrayList<>();
            for (JsonNode file : manifest.path("files")) {
                names.add(file.path("name").asText());
                byte[] bytes = ExportRunner.bytes(dir.resolve(file.path("name").asText()));
                assertThat(file.path("sha256").asText()).isEqualTo(ExportFiles.sha256(bytes));
            }
            assertThat(names)
                    .containsExactly(
                            "board-configuration.json",
                            "sprints.json",
                            "statuses.json",
                            "fields.json",
                            "issues-0001.json",
                            "issues-0002.json",
                            "issues-0003.json");
            assertThat(manifest.path("files").get(1).path("count").asInt()).isEqualTo(5);
            assertThat(manifest.path("issues").path("total").asInt()).isEqualTo(7);
        }
    }

    @Test
    void theRootCommandOffersExport() {
        assertThat(PhasegateCommand.newCommandLine().getSubcommands()).containsKey("export");
    }

    private static List<String> keys(Path page) {
        List<String> keys = new ArrayList<>();
        json(page).path("issues").forEach(i -> keys.add(i.path("key").asText()));
        return keys;
    }

    private static JsonNode issue(Path page, String key) {
        for (JsonNode issue : json(page).path("issues")) {
            if (issue.path("key").asText().equals(key)) {
                return issue;
            }
        }
        throw new AssertionError(key + " not in " + page);
    }
}
