package io.phasegate.standalone.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.standalone.PhasegateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeDataDirectoryTest {
    static final Path FIXTURE = Path.of("src/test/resources/health/dc");

    @Test
    void servesAnExportDirectoryWithItsJiraAddress() throws IOException {
        try (LiveServer live = LiveServer.of(FIXTURE)) {
            assertThat(live.api("/boards").toString())
                    .isEqualTo("{\"boards\":[{\"id\":7,\"name\":\"PG board\",\"project\":\"PG\"}]}");
            JsonNode health = live.api("/boards/7/health?sprint=last-closed");
            assertThat(health.get("sprint").get("name").asText()).isEqualTo("Sprint 2");
            assertThat(health.get("jiraBaseUrl").asText()).isEqualTo("https://jira.example.com");
            assertThat(health.get("board").get("estimationField").asText()).isEqualTo("customfield_10002");
        }
    }

    @Test
    void answersFollowTheFilesWhenTheyChange(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        try (LiveServer live = LiveServer.of(dir)) {
            assertThat(live.api("/boards/7/health?sprint=101")
                            .get("sprint")
                            .get("name")
                            .asText())
                    .isEqualTo("Sprint 1");
            Path sprints = dir.resolve("sprints.json");
            Files.writeString(sprints, Files.readString(sprints).replace("\"Sprint 1\"", "\"Sprint One <b>\""));
            Files.setLastModifiedTime(sprints, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

            assertThat(live.api("/boards/7/health?sprint=101")
                            .get("sprint")
                            .get("name")
                            .asText())
                    .isEqualTo("Sprint One <b>");
        }
    }

    @Test
    void theCommandSaysWhereItServesAndWarnsAboutNonLoopbackAddresses() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = PhasegateCommand.newCommandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        CommandLine serve = command.getSubcommands().get("serve");
        command.parseArgs("serve", "--data", FIXTURE.toString(), "--port", "0", "--bind", "0.0.0.0");
        ServeCommand serveCommand = serve.getCommand();

        try (PhasegateServer server = serveCommand.start()) {
            assertThat(out.toString())
                    .isEqualTo("Phasegate is serving PG board at http://0.0.0.0:" + server.port() + "/"
                            + System.lineSeparator());
            assertThat(err.toString()).contains("warning: listening on 0.0.0.0");
        }
    }

    @Test
    void aDirectoryThatIsNoExportIsBadInput(@TempDir Path empty) {
        StringWriter err = new StringWriter();
        int status = PhasegateCommand.newCommandLine()
                .setErr(new PrintWriter(err, true))
                .execute("serve", "--data", empty.toString(), "--port", "0");

        assertThat(status).isEqualTo(ServeCommand.BAD_INPUT);
        assertThat(err.toString()).contains("board-configuration.json");
    }
}
