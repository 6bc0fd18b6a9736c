package io.phasegate.standalone.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bad credentials, permissions and options: exit 2 with a message that says what to fix. */
@Timeout(30)
class ExportRefusalTest {
    private final ExportRunner runner = new ExportRunner();

    @TempDir
    Path dir;

    @Test
    void aRejectedTokenExitsTwoAndSaysSo() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            ExportRunner.Run run = runner.run(
                    "--url", jira.url(), "--token", "expired-token", "--board", "42", "--out", dir.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("did not accept the credentials (401", "personal access token");
            assertThat(runner.sleeps).as("401 is not retried").isEmpty();
        }
    }

    @Test
    void aForbiddenBoardExitsTwoAndNamesThePermission() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            jira.fail(r -> r.contains("/configuration"), 1, 403, null);

            ExportRunner.Run run = runner.dataCenter(jira, dir);

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("403 Forbidden", "permission");
        }
    }

    @Test
    void anUnknownBoardExitsTwoAndNamesTheBoard() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            ExportRunner.Run run = runner.run(
                    "--url", jira.url(), "--token", ExportRunner.TOKEN, "--board", "99", "--out", dir.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("Board 99 does not exist", "--board");
        }
    }

    @Test
    void cloudWithAPersonalAccessTokenExitsTwo() {
        try (FakeJira jira = ExportRunner.cloudJira()) {
            ExportRunner.Run run = runner.run(
                    "--url", jira.url(), "--token", ExportRunner.TOKEN, "--board", "42", "--out", dir.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("Jira Cloud", "--user EMAIL --api-token");
        }
    }

    @Test
    void optionsAreCheckedBeforeAnyRequest() {
        assertThat(runner.run("--url", "http://127.0.0.1:9", "--board", "42", "--out", dir.toString())
                        .err())
                .contains("Sign in with --token");
        assertThat(runner.run(
                                "--url",
                                "http://127.0.0.1:9",
                                "--token",
                                "t",
                                "--user",
                                "a@b",
                                "--board",
                                "42",
                                "--out",
                                dir.toString())
                        .exit())
                .isEqualTo(2);
        ExportRunner.Run inUrl = runner.run(
                "--url", "http://ann:pw@127.0.0.1:9", "--token", "t", "--board", "42", "--out", dir.toString());
        assertThat(inUrl.exit()).isEqualTo(2);
        assertThat(inUrl.err()).contains("Leave credentials out of --url").doesNotContain("pw");
        assertThat(runner.run("--url", "ftp://127.0.0.1", "--token", "t", "--board", "42", "--out", dir.toString())
                        .exit())
                .isEqualTo(2);
        assertThat(runner.run(
                                "--url",
                                "http://127.0.0.1:9",
                                "--token",
                                "t",
                                "--board",
                                "42",
                                "--out",
                                dir.toString(),
                                "--page-size",
                                "0")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void aTrailingSlashIsDroppedFromTheUrl() {
        assertThat(ExportCommand.siteUrl("https://jira.example.com/jira/")).isEqualTo("https://jira.example.com/jira");
    }
}
