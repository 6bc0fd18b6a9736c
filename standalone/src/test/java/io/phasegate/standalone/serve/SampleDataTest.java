package io.phasegate.standalone.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.sprint.SprintState;
import io.phasegate.standalone.ingest.BoardData;
import io.phasegate.standalone.ingest.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {
    @Test
    void theBundledSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
        Map<String, String> generated = SampleBoardGenerator.sample().files();

        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertThat(resource(file.getKey()))
                    .as("%s: regenerate with SampleBoardGenerator.main", file.getKey())
                    .isEqualTo(file.getValue());
        }
        assertThat(SampleDataTest.class
                        .getClassLoader()
                        .getResource(SampleData.ROOT + SampleData.pageName(generated.size() - 3)))
                .as("no stale extra page")
                .isNull();
    }

    @Test
    void theSampleIsARealisticBoardWithALiveActiveSprint() {
        Instant now = Instant.parse("2026-07-16T08:30:00Z"); // a Thursday
        Path dir = SampleData.unpack(Clock.fixed(now, ZoneOffset.UTC));

        BoardData board = DataDirectory.read(dir);

        assertThat(board.sprints())
                .extracting(sprint -> sprint.state())
                .containsExactly(
                        SprintState.CLOSED,
                        SprintState.CLOSED,
                        SprintState.CLOSED,
                        SprintState.ACTIVE,
                        SprintState.FUTURE);
        assertThat(board.issues().size()).isBetween(60, 130);
        assertThat(board.issues()).anyMatch(issue -> issue.subtask());
        assertThat(board.issues()).anyMatch(issue -> issue.estimate() == null && !issue.subtask());
        assertThat(board.issues()).extracting(issue -> issue.issueType()).contains("Story", "Bug", "Task");
        // Four working days before Thursday 16 July is Friday 10 July.
        assertThat(board.sprints().get(3).startDate().atZone(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(board.issues()).allSatisfy(issue -> issue.changes()
                .forEach(change -> assertThat(change.at()).isBefore(now)));
        assertThat(board.warnings()).isEmpty();
    }

    @Test
    void shiftingMovesEveryDateByWholeDays(@TempDir Path unused) {
        assertThat(SampleData.shift("\"2026-01-30T17:00:00.000+0000\", startDate=2026-02-02T09:00", 3))
                .isEqualTo("\"2026-02-02T17:00:00.000+0000\", startDate=2026-02-05T09:00");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SampleDataTest.class.getClassLoader().getResourceAsStream(SampleData.ROOT + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path copy(Path to) throws IOException {
        Files.createDirectories(to);
        return to;
    }
}
