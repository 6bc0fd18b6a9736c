package io.phasegate.standalone.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.sprint.EstimateChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.standalone.jira.RestDataException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the fixture boards: Data Center and Cloud responses give the same engine input. */
class DataDirectoryTest {
    private static Path fixture(String name) {
        try {
            return Path.of(
                    DataDirectoryTest.class.getResource("/health/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IssueHistory issue(BoardData board, String key) {
        return board.issues().stream()
                .filter(issue -> issue.key().value().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void dataCenterAndCloudGiveTheSameHistories() {
        BoardData dc = DataDirectory.read(fixture("dc"));
        BoardData cloud = DataDirectory.read(fixture("cloud"));

        assertThat(dc.issues()).hasSize(16);
        assertThat(cloud.issues()).isEqualTo(dc.issues());
        assertThat(cloud.sprints()).isEqualTo(dc.sprints());
        assertThat(cloud.columns()).isEqualTo(dc.columns());
    }

    @Test
    void sprintsComeFromAllPagesWithTheirDates() {
        BoardData cloud = DataDirectory.read(fixture("cloud"));

        assertThat(cloud.sprints()).extracting(SprintSnapshot::id).containsExactly(101L, 102L, 103L, 104L);
        SprintSnapshot two = cloud.sprint(102).orElseThrow();
        assertThat(two.state()).isEqualTo(SprintState.CLOSED);
        assertThat(two.activatedDate()).isEqualTo(Instant.parse("2026-01-19T09:00:00Z"));
        assertThat(two.completeDate()).isEqualTo(Instant.parse("2026-01-30T15:00:00Z"));
        assertThat(cloud.sprint(104).orElseThrow().startDate()).isNull();
    }

    @Test
    void boardColumnsGetStatusNamesAndTheEstimationFieldComesFromTheBoard() {
        BoardData dc = DataDirectory.read(fixture("dc"));
        BoardData cloud = DataDirectory.read(fixture("cloud"));

        assertThat(dc.columns().get(1).statuses()).containsExactly("In Progress");
        assertThat(dc.statusCategories()).containsEntry("Done", StatusCategory.DONE);
        assertThat(dc.estimationField().id()).isEqualTo("customfield_10002");
        assertThat(cloud.estimationField().id()).isEqualTo("customfield_10016");
    }

    @Test
    void changelogItemsOfOtherEstimateFieldsAreIgnored() {
        BoardData cloud = DataDirectory.read(fixture("cloud"));

        // PG-6's classic "Story Points" also went to 13; the board estimates with "Story point estimate".
        List<EstimateChange> changes = issue(cloud, "PG-6").changesOf(EstimateChange.class);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).to()).isEqualByComparingTo(BigDecimal.valueOf(8));
    }

    @Test
    void subTasksAndSprintListsAreRecognised() {
        BoardData dc = DataDirectory.read(fixture("dc"));

        assertThat(issue(dc, "PG-8").subtask()).isTrue();
        assertThat(issue(dc, "PG-3").sprintIds()).containsExactlyInAnyOrder(101L, 102L, 103L);
        assertThat(issue(dc, "PG-14").flagged()).isTrue();
        assertThat(issue(dc, "PG-10").estimate()).isNull();
    }

    @Test
    void invalidJsonNamesTheFileLineAndPointer(@TempDir Path dir) throws IOException {
        OddBoard.write(dir, "{\"issues\":[{\"key\":\"PG-1\",\"fields\":{\"labels\":[\"a\" \"b\"]}}]}");

        assertThatThrownBy(() -> DataDirectory.read(dir))
                .isInstanceOf(RestDataException.class)
                .hasMessageStartingWith("issues.json: is not valid JSON at line 1, column 50")
                .hasMessageContaining("near /issues/0/fields/labels/1");
    }

    @Test
    void otherResponsesAreRejectedWithWhatWasExpected(@TempDir Path dir) throws IOException {
        OddBoard.write(dir, "{\"issues\":{\"key\":\"PG-1\"}}");
        assertThatThrownBy(() -> DataDirectory.read(dir))
                .hasMessage("issues.json: / has no \"issues\" array; expected a Jira search response "
                        + "{\"issues\":[...]} fetched with expand=changelog");

        Files.writeString(dir.resolve("issues.json"), "{\"errorMessages\":[\"The value 'PG' does not exist\"]}");
        assertThatThrownBy(() -> DataDirectory.read(dir))
                .hasMessageStartingWith("issues.json: /errorMessages is an error response from Jira");

        Files.writeString(dir.resolve("sprints.json"), "\"no\"");
        assertThatThrownBy(() -> DataDirectory.read(dir))
                .hasMessage(
                        "sprints.json: / is a string; expected the sprint list of GET /rest/agile/1.0/board/{id}/sprint");
    }

    @Test
    void missingFilesSayWhichResponseToSave(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> DataDirectory.read(dir))
                .hasMessageContaining("has no board-configuration.json; save the response of "
                        + "GET /rest/agile/1.0/board/{id}/configuration there");
        Files.writeString(dir.resolve("board-configuration.json"), OddBoard.BOARD);
        assertThatThrownBy(() -> DataDirectory.read(dir)).hasMessageContaining("has no sprints*.json");
    }
}
