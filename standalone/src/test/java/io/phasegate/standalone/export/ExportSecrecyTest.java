package io.phasegate.standalone.export;

import static io.phasegate.standalone.export.ExportRunner.API_TOKEN;
import static io.phasegate.standalone.export.ExportRunner.EMAIL;
import static io.phasegate.standalone.export.ExportRunner.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** No credential reaches a file, stdout or stderr, whether the export succeeds or fails. */
@Timeout(30)
class ExportSecrecyTest {
    private static final List<String> SECRETS = List.of(
            TOKEN,
            API_TOKEN,
            Base64.getEncoder().encodeToString((EMAIL + ":" + API_TOKEN).getBytes(StandardCharsets.UTF_8)),
            "Bearer",
            "Basic ");

    private final ExportRunner runner = new ExportRunner();

    @TempDir
    Path dir;

    @Test
    void aDataCenterExportThatRetriesAndThenFailsLeavesNoToken() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            jira.fail(r -> r.contains("startAt=3"), Integer.MAX_VALUE, 502, null);
            jira.fail(r -> r.contains("/sprint?"), 1, 429, "1");

            ExportRunner.Run run = runner.dataCenter(jira, dir, "--page-size", "3");

            assertThat(run.exit()).isEqualTo(1);
            assertNoSecrets(run);
        }
    }

    @Test
    void aCloudExportLeavesNoEmailTokenPair() {
        try (FakeJira jira = ExportRunner.cloudJira()) {
            ExportRunner.Run run = runner.cloud(jira, dir);

            assertThat(run.exit()).isZero();
            assertNoSecrets(run);
        }
    }

    @Test
    void aRejectedCloudTokenIsNotEchoed() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            ExportRunner.Run run = runner.cloud(jira, dir);

            assertThat(run.exit()).isEqualTo(2);
            assertNoSecrets(run);
        }
    }

    @Test
    void credentialsPrintAsHidden() {
        assertThat(JiraCredentials.bearer(TOKEN).toString())
                .doesNotContain(TOKEN)
                .contains("hidden");
        assertThat(JiraCredentials.basic(EMAIL, API_TOKEN).toString()).doesNotContain(API_TOKEN);
    }

    private void assertNoSecrets(ExportRunner.Run run) {
        for (String secret : SECRETS) {
            assertThat(run.out()).doesNotContain(secret);
            assertThat(run.err()).doesNotContain(secret);
            for (Path file : ExportRunner.files(dir)) {
                assertThat(ExportRunner.text(file)).as(file.toString()).doesNotContain(secret);
            }
        }
        assertThat(ExportRunner.files(dir)).as("no temporary files left").noneMatch(f -> f.toString()
                .endsWith(".part"));
    }
}
