package io.phasegate.standalone.check;

import static io.phasegate.standalone.check.Cli.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be used end with exit code 2 and a message per problem, never a stack trace. */
class CheckBadInputTest {
    private static final String GATE = file("check/ready-for-sprint.json");
    private static final String ISSUE = file("rest/dc-v2-story.json");

    @Test
    void aGateThatIsNotJsonSaysWhereItBreaks() {
        String gate = file("check/malformed.json");

        Cli.Run run = Cli.run("check", "--gate", gate, "--issue", ISSUE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("error: " + gate + ": is not valid JSON at line 5, column 5 (Unexpected character ('{'")
                .endsWith("Check quotes, commas and brackets.");
    }

    @Test
    void everyConfigurationProblemIsListedWithItsPath() {
        String gate = file("check/three-problems.json");

        Cli.Run run = Cli.run("check", "--gate", gate, "--issue", ISSUE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly(
                        "error: " + gate + " is not a valid gate configuration (3 problems):",
                        "  $.gate: must not be empty.",
                        "  $.rules[0].policy: unknown value \"every-sub-task\"."
                                + " Allowed values: issue, every-subtask, sum-of-subtasks",
                        "  $.rules[1].min: 0 is too small. The minimum is 1.");
    }

    @Test
    void aKeyGivenTwiceIsAMistakeNotSilentlyTheLastValue(@TempDir Path dir) throws IOException {
        Path gate = Files.writeString(
                dir.resolve("gate.json"),
                "{\"gate\": \"g\", \"rules\": [{\"rule\": \"subtasks-present\", \"min\": 1, \"min\": 5}]}");

        Cli.Run run = Cli.run("check", "--gate", gate.toString(), "--issue", ISSUE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Duplicate field 'min'");
    }

    @Test
    void aMissingIssueFileIsNamed() {
        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", "no/such/PG-42.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: no/such/PG-42.json: no such file\n");
    }

    @Test
    void aDirectoryGivenAsTheIssueCannotBeRead(@TempDir Path dir) {
        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + dir + ": cannot be read").doesNotContain("\tat ");
    }

    @Test
    void aLoginPageSavedInsteadOfTheIssueIsRecognised(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("PG-42.json"), "<!DOCTYPE html><html><title>Log in</title></html>");

        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", page.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not valid JSON", "It starts like HTML");
    }

    @Test
    void theFieldListGivenAsTheIssueIsRecognised() {
        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", file("rest/fields.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pass it as the field catalogue");
    }

    @Test
    void aNamesFileThatIsNotOneSaysWhichShapesWork() {
        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", ISSUE, "--names", file("check/pg-7-unready.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pg-7-unready.json: /names is missing", "?expand=names");
    }

    @Test
    void aSubtaskFileThatHoldsNoIssuesIsNamed() {
        Cli.Run run = Cli.run("check", "--gate", GATE, "--issue", ISSUE, "--subtasks", file("rest/fields.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + file("rest/fields.json") + " (sub-task documents): /0/key");
    }
}
