package io.phasegate.standalone.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.RichText;
import io.phasegate.core.issue.StatusCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Cloud REST v3 story: description and a rich-text custom field are ADF documents. */
class CloudIssueTest {
    private final RestIssue issue = new RestIssueReader().read(RestFixtures.json("cloud-v3-story.json"));
    private final IssueSnapshot story = issue.snapshot();

    @Test
    void readsTheIssueFacts() {
        assertThat(story.key()).isEqualTo(IssueKey.of("SHOP-17"));
        assertThat(story.issueType()).isEqualTo("Story");
        assertThat(story.status()).isEqualTo("Ready for Review");
        assertThat(story.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(story.summary()).isEqualTo("Save the cart");
        assertThat(story.links()).isEmpty();
        assertThat(story.subtasks()).isEmpty();
        assertThat(issue.warnings()).isEmpty();
    }

    @Test
    void theDescriptionIsAnAdfTreeOfPlainJavaValues() {
        Map<String, Object> doc = adf("description");

        assertThat(doc).containsEntry("type", "doc").containsEntry("version", BigDecimal.ONE);
        List<Map<String, Object>> blocks = RichText.Adf.children(doc);
        assertThat(blocks)
                .extracting(block -> block.get("type"))
                .containsExactly("paragraph", "heading", "bulletList", "taskList");
        assertThat(blocks.get(1))
                .isEqualTo(Map.of(
                        "type", "heading",
                        "attrs", Map.of("level", BigDecimal.valueOf(3)),
                        "content", List.of(Map.of("type", "text", "text", "Acceptance Criteria"))));
        assertThat(RichText.Adf.children(blocks.get(2))).hasSize(2);
    }

    @Test
    void anAdfCustomFieldIsTextToo() {
        assertThat(adf("customfield_10050"))
                .isEqualTo(Map.of(
                        "type",
                        "doc",
                        "version",
                        BigDecimal.ONE,
                        "content",
                        List.of(Map.of(
                                "type",
                                "paragraph",
                                "content",
                                List.of(
                                        Map.of("type", "text", "text", "Designs attached, "),
                                        Map.of(
                                                "type", "text",
                                                "text", "API agreed",
                                                "marks", List.of(Map.of("type", "strong"))))))));
    }

    @Test
    void numbersStayExact() {
        assertThat(value("customfield_10016")).isEqualTo(FieldValue.number(new BigDecimal("3")));
        assertThat(value("customfield_10060")).isEqualTo(FieldValue.number(new BigDecimal("0.1")));
    }

    @Test
    void cloudShapedObjectsBecomeItems() {
        assertThat(value("customfield_10020")).isEqualTo(FieldValue.items(List.of("SHOP Sprint 12")));
        assertThat(value("assignee")).isEqualTo(FieldValue.items(List.of("Mia Chen")));
        assertThat(value("parent")).isEqualTo(FieldValue.items(List.of("SHOP-1")));
        assertThat(value("labels")).isEqualTo(FieldValue.empty());
        assertThat(value("customfield_10070")).isEqualTo(FieldValue.empty());
        assertThat(value("statuscategorychangedate")).isEqualTo(FieldValue.wiki("2026-03-04T10:15:30.123+0100"));
    }

    @Test
    void storyPointsByNameIsTheClassicFieldNotTheEstimate() {
        // Cloud team-managed boards estimate in "Story point estimate"; "Story Points" often stays empty.
        assertThat(issue.catalogue().resolve("Story Points")).contains(FieldRef.of("customfield_10070"));
        assertThat(issue.catalogue().resolve("story point estimate")).contains(FieldRef.of("customfield_10016"));
    }

    private FieldValue value(String id) {
        return story.field(FieldRef.of(id)).orElseThrow();
    }

    private Map<String, Object> adf(String id) {
        FieldValue value = value(id);
        assertThat(value).isInstanceOf(FieldValue.Text.class);
        RichText text = ((FieldValue.Text) value).text();
        assertThat(text).isInstanceOf(RichText.Adf.class);
        return ((RichText.Adf) text).document();
    }
}
