package io.phasegate.standalone.check;

import static io.phasegate.standalone.check.Cli.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Gate configurations may name fields as people see them; the names come from Jira's own data. */
class CheckFieldNamesTest {
    private static final String UNREADY = file("check/pg-7-unready.json");
    private static final String FIELDS = file("rest/fields.json");

    @Test
    void aFieldGivenByNameIsCheckedAsItsId() {
        Cli.Run run = Cli.run("check", "--gate", file("check/by-name.json"), "--issue", UNREADY, "--names", FIELDS);

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode violations = run.json().get("violations");
        assertThat(violations)
                .extracting(
                        v -> v.get("field").asText() + " " + v.get("fieldName").asText())
                .containsExactly("customfield_10016 Story Points", "customfield_10200 Release Notes");
        assertThat(violations.get(1).get("message").asText())
                .isEqualTo("The field Release Notes is empty. Fill it in before this transition.");
    }

    @Test
    void theIssuesOwnNamesAreEnoughWhenItWasFetchedWithExpandNames() {
        Cli.Run run =
                Cli.run("check", "--gate", file("check/every-subtask.json"), "--issue", file("rest/dc-v2-story.json"));

        assertThat(run.json().get("violations").get(0).get("field").asText()).isEqualTo("customfield_10016");
    }

    @Test
    void anUnknownNameIsBadInputThatSuggestsTheClosestNames() {
        Cli.Run run =
                Cli.run("check", "--gate", file("check/unknown-name.json"), "--issue", UNREADY, "--names", FIELDS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .containsExactly(
                        "error: " + file("check/unknown-name.json") + " is not a valid gate configuration (1 problem):",
                        "  $.rules[1].field: no field is named \"Story Pointz\" (8 fields known)."
                                + " Did you mean \"Story Points\" (customfield_10016)?"
                                + " A field id such as customfield_10016 works too.");
    }

    @Test
    void anAmbiguousNameIsBadInputThatListsEveryFieldWithIt() {
        Cli.Run run =
                Cli.run("check", "--gate", file("check/ambiguous-name.json"), "--issue", UNREADY, "--names", FIELDS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .contains(
                        "  $.rules[0].field: \"Team\" is the name of 2 fields:"
                                + " \"Team\" (customfield_10400), \"team\" (customfield_10401). Use the id of the one you mean.");
    }

    @Test
    void withoutAnyFieldNamesANameCannotBeResolvedAndTheMessageSaysHowToGetThem() {
        Cli.Run run = Cli.run("check", "--gate", file("check/by-name.json"), "--issue", UNREADY);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line).doesNotContain("Exception"))
                .element(1)
                .asString()
                .startsWith("  $.rules[0].field: no field is named \"Story Points\": no field names are known.")
                .contains("?expand=names", "--names");
    }

    @Test
    void aFieldIdUnknownToTheCatalogueIsLeftToTheGateWhichReportsItMissing() {
        Cli.Run run = Cli.run(
                "check",
                "--gate",
                file("check/ready-for-sprint.json"),
                "--issue",
                file("rest/cloud-v3-story.json"),
                "--names",
                FIELDS);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json().get("misconfigurations").get(0).get("message").asText())
                .startsWith("The field customfield_10101 does not exist in this Jira.");
    }
}
