package io.phasegate.standalone.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Odd but readable data: defaults plus one warning each; hostile text kept verbatim. */
class OddDataTest {
    private final RestIssue issue = new RestIssueReader().read(RestFixtures.json("odd.json"));
    private final IssueSnapshot odd = issue.snapshot();

    @Test
    void missingTypeAndStatusCategoryBecomeDefaults() {
        assertThat(odd.issueType()).isEqualTo("Unknown");
        assertThat(odd.subtask()).isFalse();
        assertThat(odd.status()).isEqualTo("Triage");
        assertThat(odd.statusCategory()).isEqualTo(StatusCategory.UNKNOWN);
    }

    @Test
    void hostileTextIsKeptVerbatimForTheRendererToEscape() {
        assertThat(odd.summary()).isEqualTo("<script>alert(1)</script>");
        assertThat(odd.field(FieldRef.of("customfield_10666")))
                .contains(FieldValue.wiki("<b onmouseover=alert(2)>hi</b>"));
        assertThat(issue.catalogue().displayName(FieldRef.of("customfield_10666")))
                .isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(issue.catalogue().resolve("votes & \"QUOTES\"")).contains(FieldRef.of("customfield_10667"));
    }

    @Test
    void oddShapesBecomeItemsOfTheirTextOrEmpty() {
        assertThat(value("customfield_10667"))
                .isEqualTo(
                        FieldValue.items(
                                List.of(
                                        "{\"self\":\"https://jira.example.com/rest/api/2/issue/ODD-1/votes\",\"votes\":0,\"hasVoted\":false}")));
        assertThat(value("customfield_10668")).isEqualTo(FieldValue.items(List.of("true")));
        assertThat(value("customfield_10669")).isEqualTo(FieldValue.items(List.of("[1,2]", "Nested", "7.50")));
        assertThat(value("customfield_10670")).isEqualTo(FieldValue.empty());
        assertThat(value("customfield_10671")).isEqualTo(FieldValue.empty());
        assertThat(value("customfield_10672")).isEqualTo(FieldValue.items(List.of("Hardware")));
        assertThat(value("customfield_10673"))
                .isEqualTo(FieldValue.items(List.of("{\"type\":\"paragraph\",\"content\":[]}")));
    }

    @Test
    void unreadableLinksAreSkippedAndPartialOnesDefaulted() {
        assertThat(odd.links())
                .containsExactly(
                        new IssueLinkSnapshot(
                                "Blocks",
                                "is blocked by",
                                Direction.INWARD,
                                new IssueRef(IssueKey.of("ODD-9"), "Bug", "Waiting", StatusCategory.UNKNOWN)),
                        new IssueLinkSnapshot(
                                "Unknown",
                                "Unknown",
                                Direction.OUTWARD,
                                new IssueRef(IssueKey.of("ODD-10"), "Task", "Open", StatusCategory.TO_DO)));
    }

    @Test
    void aSubtaskWithoutTypeIsStillASubtask() {
        assertThat(odd.subtasks()).singleElement().satisfies(subtask -> {
            assertThat(subtask.asRef())
                    .isEqualTo(new IssueRef(IssueKey.of("ODD-2"), "Unknown", "Unknown", StatusCategory.UNKNOWN));
            assertThat(subtask.subtask()).isTrue();
            assertThat(subtask.summary()).isEqualTo("sub-task without type or status");
        });
    }

    @Test
    void everyOddityIsReportedWithItsPointer() {
        assertThat(issue.warnings())
                .containsExactly(
                        "ODD-1: /fields/issuetype is null; taken as \"Unknown\"",
                        "ODD-1: /fields/status/statusCategory/key is missing; the status category is taken as UNKNOWN",
                        "ODD-1: /fields/issuelinks/0 has neither outwardIssue nor inwardIssue; the link is skipped",
                        "ODD-1: /fields/issuelinks/1/inwardIssue/fields/status/statusCategory/key is missing;"
                                + " the status category is taken as UNKNOWN",
                        "ODD-1: /fields/issuelinks/2/type/name is missing; the link type is taken as \"Unknown\"",
                        "ODD-1: /fields/issuelinks/3/outwardIssue/key is not an issue key: \"not-a-key\";"
                                + " the link is skipped",
                        "ODD-1: /fields/subtasks/0/fields/issuetype is missing; taken as \"Unknown\"",
                        "ODD-1: /fields/subtasks/0/fields/status is missing; taken as \"Unknown\"",
                        "ODD-1: /fields/subtasks/1/key is missing; the sub-task is skipped");
    }

    private FieldValue value(String id) {
        return odd.field(FieldRef.of(id)).orElseThrow();
    }
}
