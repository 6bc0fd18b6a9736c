package io.phasegate.standalone.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sub-task field values (story points) come from their full documents when the caller has them. */
class SubtaskDocumentsTest {
    private static final FieldRef STORY_POINTS = FieldRef.of("customfield_10016");
    private final JsonNode story = RestFixtures.json("dc-v2-story.json");
    private final JsonNode search = RestFixtures.json("dc-v2-subtasks-search.json");

    @Test
    void usesTheFullDocumentsOfASearchResponse() {
        RestIssue issue =
                new RestIssueReader().withSubtaskDocuments(List.of(search)).read(story);

        List<IssueSnapshot> subtasks = issue.snapshot().subtasks();
        assertThat(subtasks).extracting(IssueSnapshot::key).containsExactly(IssueKey.of("PG-43"), IssueKey.of("PG-44"));
        assertThat(subtasks.get(0).field(STORY_POINTS)).contains(FieldValue.number(new BigDecimal("2.0")));
        assertThat(subtasks.get(0).field(IssueSnapshot.DESCRIPTION))
                .contains(FieldValue.wiki("Use the corporate template."));
        assertThat(subtasks.get(0).statusCategory()).isEqualTo(StatusCategory.DONE);
        assertThat(subtasks.get(1).field(STORY_POINTS)).contains(FieldValue.empty());
        assertThat(subtasks)
                .allSatisfy(subtask -> assertThat(subtask.subtasks()).isEmpty());
        assertThat(issue.warnings()).isEmpty();
    }

    @Test
    void theSearchResponsesNamesJoinTheCatalogue() {
        RestIssue issue =
                new RestIssueReader().withSubtaskDocuments(List.of(search)).read(story);

        assertThat(issue.catalogue().resolve("Remaining Days")).contains(FieldRef.of("customfield_10300"));
        assertThat(issue.snapshot().fieldExists(FieldRef.of("customfield_10300")))
                .isTrue();
        assertThat(issue.snapshot().subtasks().get(1).fieldExists(FieldRef.of("customfield_10300")))
                .isTrue();
    }

    @Test
    void aSubtaskWithoutItsDocumentKeepsTheBriefFactsAndIsReported() {
        JsonNode onlyFirst = search.get("issues").get(0);

        RestIssue issue =
                new RestIssueReader().withSubtaskDocuments(List.of(onlyFirst)).read(story);

        IssueSnapshot second = issue.snapshot().subtasks().get(1);
        assertThat(second.key()).isEqualTo(IssueKey.of("PG-44"));
        assertThat(second.status()).isEqualTo("In Progress");
        assertThat(second.fields()).isEmpty();
        assertThat(issue.warnings())
                .containsExactly("PG-42: /fields/subtasks/1 is PG-44, which none of the sub-task documents holds;"
                        + " its fields are unknown");
    }

    @Test
    void anArrayOfIssuesWorksLikeASearchResponse() {
        RestIssue issue = new RestIssueReader()
                .withSubtaskDocuments(List.of(search.get("issues")))
                .read(story);

        assertThat(issue.snapshot().subtasks().get(0).field(STORY_POINTS))
                .contains(FieldValue.number(new BigDecimal("2.0")));
    }

    @Test
    void refusesADocumentThatHoldsNoIssues() {
        JsonNode fieldList = RestFixtures.json("fields.json");

        assertThatThrownBy(() -> new RestIssueReader().withSubtaskDocuments(List.of(fieldList)))
                .isInstanceOf(RestDataException.class)
                .hasMessage("/0/key \"summary\" is not a Jira issue key such as \"PG-42\""
                        + " (project key in capitals, dash, number)");
    }
}
