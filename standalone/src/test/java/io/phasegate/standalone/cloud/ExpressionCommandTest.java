package io.phasegate.standalone.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.standalone.PhasegateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExpressionCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = PhasegateCommand.newCommandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private Path gate(String json) throws IOException {
        return Files.writeString(dir.resolve("gate.json"), json);
    }

    @Test
    void printsTheExpressionAndExitsZeroWithinGivenLimits() throws IOException {
        Path gate = gate("{\"gate\": \"g\", \"rules\": [{\"rule\": \"subtasks-present\", \"min\": 2}]}");

        int exit = run("expression", "--gate", gate.toString(), "--max-characters", "5000", "--max-leaves", "500");

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("(issue.subtasks.length>=2?true:").contains("Found ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsRulesThatCannotBeExpressedAndExitsTwo() throws IOException {
        Path gate = gate("{\"gate\": \"g\", \"rules\": [{\"rule\": \"acceptance-criteria\", \"heading\": \"AC\"}]}");

        int exit = run("expression", "--gate", gate.toString(), "--max-characters", "5000", "--max-leaves", "500");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .startsWith(
                        "error: $.rules[0]: acceptanceCriteria(description[\"AC\"]): reads a section of the description.");
    }

    @Test
    void documentedLimitsApplyByDefault() throws IOException {
        Path gate = gate("{\"gate\": \"g\", \"rules\": [{\"rule\": \"story-points\", \"field\": \"customfield_10016\","
                + " \"forbidParentWhenSubtasksEstimated\": true}]}");

        int exit = run("expression", "--gate", gate.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("error: $.rules[0]: The expression has ")
                .contains("Jira accepts at most 100.");
        assertThat(err.toString()).contains("warning: $.rules[0]: ");
    }

    @Test
    void anInvalidConfigurationIsBadInput() throws IOException {
        Path gate = gate("{\"gate\": \"g\", \"rules\": []}");

        assertThat(run("expression", "--gate", gate.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("a gate needs at least one rule");
        assertThat(run("expression", "--gate", dir.resolve("missing.json").toString()))
                .isEqualTo(2);
    }

    @Test
    void aGateOverTheLimitsIsPrintedAsOneExpressionPerValidatorAndTheSplitIsReported() throws IOException {
        Path gate = gate("{\"gate\": \"RFC written\", \"rules\": ["
                + "{\"rule\": \"field-present\", \"field\": \"customfield_10400\", \"label\": \"Problem statement\"},"
                + "{\"rule\": \"field-present\", \"field\": \"customfield_10401\", \"label\": \"Hypothesis\"},"
                + "{\"rule\": \"field-present\", \"field\": \"customfield_10402\", \"label\": \"KPI goals\"}]}");

        int exit = run("expression", "--gate", gate.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().strip().split("\n")).hasSize(2).allSatisfy(line -> assertThat(line.length())
                .isLessThanOrEqualTo(1000));
        assertThat(out.toString()).contains("Hypothesis (field customfield_10401) is empty.");
        assertThat(err.toString())
                .contains("note: split into 2 validators to stay within Jira's limits")
                .contains("note:   1: $.rules[0], $.rules[1] (")
                .contains("note:   2: $.rules[2] (");
    }
}
