package io.phasegate.standalone.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Data Center REST v2 story with {@code expand=names}: wiki markup, story points, links, sub-tasks. */
class DataCenterIssueTest {
    private final RestIssue issue = new RestIssueReader().read(RestFixtures.path("dc-v2-story.json"));
    private final IssueSnapshot story = issue.snapshot();

    @Test
    void readsTheIssueFacts() {
        assertThat(story.key()).isEqualTo(IssueKey.of("PG-42"));
        assertThat(story.issueType()).isEqualTo("Story");
        assertThat(story.subtask()).isFalse();
        assertThat(story.status()).isEqualTo("In Progress");
        assertThat(story.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(story.summary()).isEqualTo("Pay by invoice");
        assertThat(issue.warnings()).isEmpty();
    }

    @Test
    void keepsStoryPointsExactAndTheDescriptionAsWikiMarkup() {
        assertThat(value("customfield_10016")).isEqualTo(FieldValue.number(new BigDecimal("5.0")));
        assertThat(value("description"))
                .isEqualTo(FieldValue.wiki("As a shopper I want to pay by invoice so that I can buy without a card.\r\n"
                        + "\r\nh3. Acceptance Criteria\r\n* Invoice is offered for orders above 20 EUR\r\n"
                        + "* The invoice PDF is mailed within 5 minutes\r\n\r\nh3. Notes\r\nSee {{InvoiceService}}."));
    }

    @Test
    void labelsOptionsComponentsVersionsAndUsersAsItems() {
        assertThat(value("customfield_10100")).isEqualTo(FieldValue.items(List.of("Yes")));
        assertThat(value("customfield_10101")).isEqualTo(FieldValue.items(List.of("Staging", "Production")));
        assertThat(value("components")).isEqualTo(FieldValue.items(List.of("Billing", "Checkout")));
        assertThat(value("fixVersions")).isEqualTo(FieldValue.items(List.of("2026.2")));
        assertThat(value("labels")).isEqualTo(FieldValue.items(List.of("payments", "q2")));
        assertThat(value("priority")).isEqualTo(FieldValue.items(List.of("Medium")));
        assertThat(value("assignee")).isEqualTo(FieldValue.items(List.of("asmith")));
        assertThat(value("customfield_10020"))
                .isInstanceOfSatisfying(FieldValue.Items.class, sprint -> assertThat(sprint.values())
                        .singleElement(STRING)
                        .contains("name=PG Sprint 7"));
    }

    @Test
    void anEmptyTextAreaIsEmptyButExists() {
        FieldRef releaseNotes = FieldRef.of("customfield_10200");
        assertThat(value("customfield_10200")).isEqualTo(FieldValue.empty());
        assertThat(story.fieldExists(releaseNotes)).isTrue();
        assertThat(story.fieldExists(FieldRef.of("customfield_10300"))).isFalse();
    }

    @Test
    void readsLinksFromThisIssuesSideInBothDirections() {
        assertThat(story.links())
                .containsExactly(
                        new IssueLinkSnapshot(
                                "Tests",
                                "is tested by",
                                Direction.INWARD,
                                new IssueRef(IssueKey.of("PG-50"), "Test", "Passed", StatusCategory.DONE)),
                        new IssueLinkSnapshot(
                                "Verification",
                                "is tested by",
                                Direction.OUTWARD,
                                new IssueRef(IssueKey.of("PG-51"), "Test", "Draft", StatusCategory.TO_DO)),
                        new IssueLinkSnapshot(
                                "Relates",
                                "relates to",
                                Direction.OUTWARD,
                                new IssueRef(IssueKey.of("OPS-7"), "Task", "Open", StatusCategory.TO_DO)));
    }

    @Test
    void subTasksCarryTheFactsRestGivesButNoFieldValues() {
        assertThat(story.subtasks())
                .extracting(IssueSnapshot::asRef, IssueSnapshot::subtask, IssueSnapshot::summary)
                .containsExactly(
                        tuple(
                                new IssueRef(IssueKey.of("PG-43"), "Sub-task", "Done", StatusCategory.DONE),
                                true,
                                "Invoice PDF template"),
                        tuple(
                                new IssueRef(
                                        IssueKey.of("PG-44"), "Sub-task", "In Progress", StatusCategory.IN_PROGRESS),
                                true,
                                "Mail the invoice"));
        IssueSnapshot first = story.subtasks().get(0);
        assertThat(first.fields()).isEmpty();
        assertThat(first.fieldExists(FieldRef.of("customfield_10016"))).isTrue();
        assertThat(first.links()).isEmpty();
        assertThat(first.subtasks()).isEmpty();
    }

    @Test
    void knownFieldsAreTheFieldsPlusTheNamesPlusTheCatalogue() {
        FieldCatalogue fieldList = new RestFieldCatalogueReader().read(RestFixtures.json("fields.json"));
        IssueSnapshot withList = new RestIssueReader()
                .withCatalogue(fieldList)
                .read(RestFixtures.json("dc-v2-story.json"))
                .snapshot();

        assertThat(story.knownFields()).containsAll(story.fields().keySet()).contains(FieldRef.of("customfield_10016"));
        assertThat(withList.knownFields())
                .containsAll(story.knownFields())
                .contains(FieldRef.of("customfield_10300"), FieldRef.of("issuekey"));
        assertThat(withList.fields()).isEqualTo(story.fields());
    }

    @Test
    void theIssuesNamesBecomeItsCatalogue() {
        assertThat(issue.catalogue().displayName(FieldRef.of("customfield_10016")))
                .isEqualTo("Story Points");
        assertThat(issue.catalogue().resolve("story points")).contains(FieldRef.of("customfield_10016"));
        assertThat(issue.catalogue().resolve("Fix Version/s")).contains(FieldRef.of("fixVersions"));
    }

    @Test
    void readsTheSameFromAStreamAsFromAFile() throws Exception {
        try (InputStream in = Files.newInputStream(RestFixtures.path("dc-v2-story.json"))) {
            assertThat(new RestIssueReader().read(in)).isEqualTo(issue);
        }
    }

    private FieldValue value(String id) {
        return story.field(FieldRef.of(id)).orElseThrow();
    }
}
