package io.phasegate.standalone.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ExportRetryTest {
    private final ExportRunner runner = new ExportRunner();

    @TempDir
    Path dir;

    @Test
    void waitsAsLongAsRetryAfterSaysThenCarriesOn() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            jira.fail(r -> r.contains("/sprint?"), 1, 429, "7");

            ExportRunner.Run run = runner.dataCenter(jira, dir);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(runner.sleeps).containsExactly(Duration.ofSeconds(7));
            assertThat(run.err()).contains("HTTP 429", "retry 1 of 5 in 7.0 s");
            assertThat(ExportRunner.json(dir.resolve("sprints.json")).path("values"))
                    .hasSize(5);
        }
    }

    @Test
    void serviceUnavailableTwiceThenSuccessBacksOffExponentially() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            jira.fail(r -> r.equals("/rest/api/2/status"), 2, 503, null);

            ExportRunner.Run run = runner.dataCenter(jira, dir);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(runner.sleeps).hasSize(2);
            assertThat(runner.sleeps.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(runner.sleeps.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(jira.requests()).filteredOn("/rest/api/2/status"::equals).hasSize(3);
        }
    }

    @Test
    void aDroppedConnectionIsRetried() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            // The JDK client itself retries a GET once on a dropped pooled connection; drop it twice.
            jira.fail(r -> r.equals("/rest/api/2/field"), 2, 0, null);

            ExportRunner.Run run = runner.dataCenter(jira, dir);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err()).contains("connection failed");
            assertThat(ExportRunner.json(dir.resolve("fields.json"))).hasSize(3);
        }
    }

    @Test
    void givesUpAfterSixTriesWithAResumableExit() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            jira.fail(r -> r.equals("/rest/api/2/status"), Integer.MAX_VALUE, 503, null);

            ExportRunner.Run run = runner.dataCenter(jira, dir);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("kept answering 503 to GET /rest/api/2/status", "Re-run");
            assertThat(jira.requests()).filteredOn("/rest/api/2/status"::equals).hasSize(6);
            assertThat(runner.sleeps).hasSize(5).allMatch(d -> d.compareTo(Duration.ofSeconds(30)) <= 0);
        }
    }

    @Test
    void aRetryAfterBeyondFiveMinutesStopsAtOnce() {
        try (FakeJira jira = ExportRunner.dataCenterJira()) {
            jira.fail(r -> r.equals("/rest/api/2/field"), 1, 429, "3600");

            ExportRunner.Run run = runner.dataCenter(jira, dir);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("Jira asked to wait 3600 s");
            assertThat(runner.sleeps).isEmpty();
        }
    }
}
