package io.phasegate.standalone.check;

import static io.phasegate.standalone.check.Cli.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code phasegate check} on Data Center issues: verdicts, exit codes and both output formats. */
class CheckCommandTest {
    private static final String GATE = file("check/ready-for-sprint.json");
    private static final String READY = file("rest/dc-v2-story.json");
    private static final String UNREADY = file("check/pg-7-unready.json");

    @Test
    void anIssueThatMeetsEveryRulePassesWithExitCode0() {
        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", READY);

        assertThat(run.exitCode()).isZero();
        JsonNode verdict = run.json();
        assertThat(verdict.get("gate").asText()).isEqualTo("ready-for-sprint");
        assertThat(verdict.get("issue").get("key").asText()).isEqualTo("PG-42");
        assertThat(verdict.get("passed").booleanValue()).isTrue();
        assertThat(verdict.get("violations")).isEmpty();
        assertThat(verdict.get("misconfigurations")).isEmpty();
        assertThat(verdict.get("warnings")).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anIssueLackingEverythingIsBlockedWithOneViolationPerRule() {
        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", UNREADY);

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode verdict = run.json();
        assertThat(verdict.get("passed").booleanValue()).isFalse();
        JsonNode violations = verdict.get("violations");
        assertThat(violations)
                .extracting(violation -> violation.get("rule").asText())
                .containsExactly("story-points", "test-coverage", "field-present", "linked-issue", "subtasks-present");
        assertThat(violations.get(0).get("field").asText()).isEqualTo("customfield_10016");
        assertThat(violations.get(0).get("message").asText())
                .isEqualTo("PG-7 has no story points. Enter a number greater than 0 in field customfield_10016.");
        assertThat(violations.get(1).get("field").isNull()).isTrue();
        assertThat(violations.get(1).get("fieldName").isNull()).isTrue();
        assertThat(violations.get(1).get("message").asText())
                .startsWith("Found 0 test cases, 2 required.")
                .endsWith("Not counted because of its status: PG-60 (Obsolete).");
        assertThat(violations.get(2).get("message").asText())
                .isEqualTo("Test environments (field customfield_10101) is empty. Fill it in before this transition.");
        assertThat(violations.get(4).get("message").asText()).startsWith("Found 0 sub-tasks, 2 required.");
    }

    @Test
    void withoutFieldNamesAViolationsFieldNameIsItsId() {
        JsonNode storyPoints = Cli.run("check", "--gate", GATE, "--issue", UNREADY)
                .json()
                .get("violations")
                .get(0);

        assertThat(storyPoints.get("fieldName").asText()).isEqualTo("customfield_10016");
    }

    @Test
    void textFormatListsEachViolationUnderAHeadline() {
        Cli.Run run = Cli.run(
                "check", "--gate", GATE, "--issue", UNREADY, "--names", file("rest/fields.json"), "--format", "text");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList())
                .hasSize(6)
                .startsWith("PG-7 \"Refund by invoice\": blocked by gate ready-for-sprint (5 violations)")
                .contains(
                        "✗ Story Points: PG-7 has no story points. Enter a number greater than 0 in field"
                                + " Story Points.",
                        "✗ linked-issue: Found 0 linked issues, 1 required."
                                + " Link an issue of type \"Task\", \"RFC\" as \"relates to\".");
    }

    @Test
    void textFormatOfAPassingIssueIsOneLine() {
        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", READY, "--format", "TEXT");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("✓ PG-42 \"Pay by invoice\": passes gate ready-for-sprint\n");
    }

    @Test
    void warnsWhenSubtaskStoryPointsAreJudgedWithoutTheSubtaskDocuments() {
        Cli.Run run = Cli.run("check", "--gate", file("check/every-subtask.json"), "--issue", READY);

        assertThat(run.exitCode()).isEqualTo(1);
        String warning = "PG-42 has sub-tasks (PG-43, PG-44) but no sub-task documents were given";
        assertThat(run.err()).startsWith("warning: " + warning).contains("--subtasks");
        assertThat(run.json().get("warnings")).singleElement().satisfies(w -> assertThat(w.asText())
                .startsWith(warning));
        assertThat(run.json().get("violations").get(0).get("message").asText())
                .startsWith("2 of 2 sub-tasks have no story points");
    }

    @Test
    void withTheSubtaskDocumentsEachSubtaskIsJudgedOnItsOwnPoints() {
        Cli.Run run = Cli.run(
                "check",
                "--gate",
                file("check/every-subtask.json"),
                "--issue",
                READY,
                "--subtasks",
                file("rest/dc-v2-subtasks-search.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.json().get("violations")).singleElement().satisfies(violation -> assertThat(
                        violation.get("message").asText())
                .isEqualTo("1 of 2 sub-tasks have no story points in field Story Points: PG-44."
                        + " Estimate every sub-task."));
    }

    @Test
    void aRuleThatCannotBeCheckedBlocksAndIsListedAsAMisconfiguration() {
        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", file("rest/cloud-v3-story.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json().get("misconfigurations")).singleElement().satisfies(problem -> {
            assertThat(problem.get("rule").asText()).isEqualTo("field-present");
            assertThat(problem.get("message").asText())
                    .isEqualTo("The field customfield_10101 does not exist in this Jira."
                            + " Ask a Jira administrator to fix the gate configuration.");
        });
    }

    @Test
    void usageErrorsExitWith2() {
        Cli.Run run = Cli.run("check", "--gate", GATE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required option: '--issue=ISSUE.json'");
        assertThat(Cli.run("check", "--gate", GATE, "--issue", READY, "--format", "xml")
                        .exitCode())
                .isEqualTo(2);
    }
}
