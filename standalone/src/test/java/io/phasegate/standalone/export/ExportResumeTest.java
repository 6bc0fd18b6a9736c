package io.phasegate.standalone.export;

import static io.phasegate.standalone.export.ExportRunner.bytes;
import static io.phasegate.standalone.export.ExportRunner.files;
import static io.phasegate.standalone.export.ExportRunner.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ExportResumeTest {
    private static final String PAGE_3 = "/rest/agile/1.0/board/42/issue?expand=changelog,names&startAt=6&maxResults=3";

    private final ExportRunner runner = new ExportRunner();

    @TempDir
    Path interrupted;

    @TempDir
    Path uninterrupted;

    @Test
    void aRunThatFailsAfterPageTwoResumesAtPageThreeAndEndsLikeAnUninterruptedOne() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            jira.fail(PAGE_3::equals, Integer.MAX_VALUE, 500, null);
            ExportRunner.Run first = runner.dataCenter(jira, interrupted, "--page-size", "3");

            assertThat(first.exit()).isEqualTo(1);
            assertThat(first.err()).contains("kept answering 500", "Re-run the same command");
            JsonNode manifest = json(interrupted.resolve("manifest.json"));
            assertThat(manifest.path("complete").asBoolean()).isFalse();
            assertThat(manifest.path("resume").path("nextIssuePage").asInt()).isEqualTo(3);
            assertThat(manifest.path("resume").path("nextStartAt").asInt()).isEqualTo(6);
            assertThat(interrupted.resolve("issues-0003.json")).doesNotExist();

            jira.heal();
            int before = jira.requests().size();
            ExportRunner.Run second = runner.dataCenter(jira, interrupted, "--page-size", "3");

            assertThat(second.exit()).as(second.err()).isZero();
            assertThat(jira.requests().subList(before, jira.requests().size()))
                    .containsExactly("/rest/api/2/serverInfo", PAGE_3);
        }
        try (FakeJira healthy = ExportRunner.dataCenterJira()) {
            assertThat(runner.dataCenter(healthy, uninterrupted, "--page-size", "3")
                            .exit())
                    .isZero();
        }
        assertSameExport(interrupted, uninterrupted);
    }

    @Test
    void aCompleteExportIsNotFetchedAgain() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            assertThat(runner.dataCenter(jira, interrupted).exit()).isZero();
            int requests = jira.requests().size();

            ExportRunner.Run again = runner.dataCenter(jira, interrupted);

            assertThat(again.exit()).isZero();
            assertThat(jira.requests().subList(requests, jira.requests().size()))
                    .containsExactly("/rest/api/2/serverInfo");
        }
    }

    @Test
    void aPageChangedOnDiskIsFetchedAgainWithTheRestAfterIt() throws IOException {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            assertThat(runner.dataCenter(jira, uninterrupted, "--page-size", "3")
                            .exit())
                    .isZero();
            assertThat(runner.dataCenter(jira, interrupted, "--page-size", "3").exit())
                    .isZero();
            Files.writeString(interrupted.resolve("issues-0002.json"), "{\"issues\":[]}");
            int requests = jira.requests().size();

            assertThat(runner.dataCenter(jira, interrupted, "--page-size", "3").exit())
                    .isZero();

            assertThat(jira.requests().subList(requests, jira.requests().size()))
                    .filteredOn(r -> r.contains("/board/42/issue?"))
                    .hasSize(2);
            assertSameExport(interrupted, uninterrupted);
        }
    }

    @Test
    void otherOptionsNeedRestartWhichRemovesPagesNoLongerPartOfTheExport() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            assertThat(runner.dataCenter(jira, interrupted, "--page-size", "3").exit())
                    .isZero();

            ExportRunner.Run other = runner.dataCenter(jira, interrupted, "--page-size", "5");
            assertThat(other.exit()).isEqualTo(2);
            assertThat(other.err()).contains("other options", "--restart");

            assertThat(runner.dataCenter(jira, interrupted, "--page-size", "5", "--restart")
                            .exit())
                    .isZero();
            assertThat(interrupted.resolve("issues-0002.json")).exists();
            assertThat(interrupted.resolve("issues-0003.json")).doesNotExist();
            assertThat(json(interrupted.resolve("manifest.json")).path("files")).hasSize(6);
        }
    }

    @Test
    void aBrokenManifestAsksForRestart() throws IOException {
        Files.writeString(interrupted.resolve("manifest.json"), "{\"format\":");
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            ExportRunner.Run run = runner.dataCenter(jira, interrupted);

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("manifest.json is not readable JSON", "--restart");
            assertThat(runner.dataCenter(jira, interrupted, "--restart").exit()).isZero();
        }
    }

    private static void assertSameExport(Path actual, Path expected) {
        assertThat(files(actual).stream().map(Path::getFileName).toList())
                .isEqualTo(files(expected).stream().map(Path::getFileName).toList());
        for (Path file : files(expected)) {
            if (!file.getFileName().toString().equals("manifest.json")) {
                assertThat(bytes(actual.resolve(file.getFileName())))
                        .as(file.getFileName().toString())
                        .isEqualTo(bytes(file));
            }
        }
        JsonNode actualManifest = json(actual.resolve("manifest.json"));
        JsonNode expectedManifest = json(expected.resolve("manifest.json"));
        for (String same : new String[] {"files", "changelogs", "issues", "resume", "complete"}) {
            assertThat(actualManifest.path(same)).as(same).isEqualTo(expectedManifest.path(same));
        }
    }
}
