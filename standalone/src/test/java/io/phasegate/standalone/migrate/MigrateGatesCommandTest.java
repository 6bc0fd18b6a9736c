package io.phasegate.standalone.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasegate.standalone.PhasegateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateGatesCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PhasegateCommand.newCommandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private Path fixture() throws IOException {
        return Files.write(
                dir.resolve("software-workflow.xml"), WorkflowXmlReaderTest.fixture("software-workflow.xml"));
    }

    private Path workflow(String validators) throws IOException {
        return Files.writeString(
                dir.resolve("small.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + WorkflowXmlReaderTest.OSWORKFLOW_DOCTYPE
                        + "\n<workflow><steps><step id=\"1\" name=\"Open\"><actions>"
                        + "<action id=\"11\" name=\"Start\"><validators>" + validators + "</validators><results>"
                        + "<unconditional-result old-status=\"x\" status=\"y\" step=\"1\"/></results></action>"
                        + "</actions></step></steps></workflow>");
    }

    private static String phasegate(String json) {
        return "<validator name=\"\" type=\"class\"><arg name=\"class.name\">" + WorkflowValidator.PHASEGATE_CLASS
                + "</arg><arg name=\"phasegate.gate\"><![CDATA[" + json + "]]></arg></validator>";
    }

    @Test
    void writesGateJsonExpressionAndReportPerGateAndExitsOneWhenSomeGateNeedsWork() throws Exception {
        Path out = dir.resolve("cloud");

        int exit = run("migrate-gates", "--workflow", fixture().toString(), "--out", out.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(this.out.toString()).startsWith("Migrated 4 gate(s) to " + out + ": 2 deployable, 2 need work;");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "reopen-41.gate.json", "reopen-41.expression.txt",
                            "start-progress-11.gate.json", "start-progress-11.expression.txt",
                            "send-to-review-qa-now-21.gate.json", "send-to-review-qa-now-21.expression.txt",
                            "done-31.gate.json", "migration-report.md");
        }
        assertThat(Files.readString(out.resolve("start-progress-11.gate.json")))
                .isEqualTo(new WorkflowXmlReader()
                        .read(Files.readAllBytes(fixture()))
                        .get(2)
                        .validators()
                        .get(0)
                        .gateJson());
        assertThat(Files.readString(out.resolve("done-31.gate.json")))
                .isEqualTo("{\"gate\": \"done-gate\", \"rules\": [");
        assertThat(Files.readString(out.resolve("start-progress-11.expression.txt")))
                .startsWith("(issue.subtasks.length>=1?true:");
    }

    @Test
    void theReportSaysPerTransitionWhetherItMayBeDeployedAndWhyNot() throws Exception {
        run(
                "migrate-gates",
                "--workflow",
                fixture().toString(),
                "--out",
                dir.resolve("cloud").toString());

        String report = Files.readString(dir.resolve("cloud/migration-report.md"));
        assertThat(report)
                .contains("| Start Progress (11) | To Do, In Review | In Progress | ready-for-sprint | yes |")
                .contains("| Reopen (41) | (any status) | To Do | estimated | **no** |")
                .containsPattern(
                        "error \\(OVER_LIMIT\\) at `\\$\\.rules\\[0\\]`: The expression has 1[0-9]{2} syntactic elements;"
                                + " Jira accepts at most 100\\.")
                .contains("Fields read: `customfield_10016`.")
                .contains("| Done (31) | In Review | Done | (unreadable gate JSON) | **no** | `done-31.gate.json` |")
                .contains("On Data Center this transition is allowed every time")
                .contains("The gate configuration is not valid JSON")
                .contains(
                        "| Create (1) | (issue creation) | To Do | com.atlassian.jira.workflow.validator.PermissionValidator |")
                .contains("com.googlecode.jsu.workflow.validator.FieldsRequiredValidator");
    }

    @Test
    void hostileNamesStayTextInTheReport() throws Exception {
        run(
                "migrate-gates",
                "--workflow",
                fixture().toString(),
                "--out",
                dir.resolve("cloud").toString());

        String report = Files.readString(dir.resolve("cloud/migration-report.md"));
        String row = report.lines()
                .filter(l -> l.startsWith("| Send to"))
                .findFirst()
                .orElseThrow();
        assertThat(row.split("(?<!\\\\)\\|")).hasSize(7); // six cells: no "|" of a name splits the table
        assertThat(report)
                .doesNotContain("<script>")
                .doesNotContain("[x](javascript")
                .doesNotContain("`z`");
        assertThat(row).contains("Send to &lt;Review&gt; \\| \"QA\" \\*now\\* (21)");
    }

    @Test
    void jsonFormatPrintsTheReportAndWritesNoFilesWithoutOut() throws Exception {
        Path workflow = fixture();

        int exit = run("migrate-gates", "--workflow", workflow.toString(), "--format", "json");

        assertThat(exit).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("allDeployable").asBoolean()).isFalse();
        assertThat(json.path("gates")).hasSize(4);
        JsonNode send = json.path("gates").get(2);
        assertThat(send.path("transition").path("name").asText()).isEqualTo("Send to <Review> | \"QA\" *now*");
        assertThat(send.path("gate").asText()).isEqualTo("ready | <script>alert(1)</script> [x](javascript:y) `z`");
        assertThat(send.path("deployable").asBoolean()).isTrue();
        assertThat(send.path("expression").asText()).contains("issue.links");
        JsonNode done = json.path("gates").get(3);
        assertThat(done.path("expression").isNull()).isTrue();
        assertThat(done.path("configErrors").get(0).path("message").asText()).contains("not valid JSON");
        assertThat(json.path("notMigrated")).hasSize(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(workflow);
        }
    }

    @Test
    void aGateSavedWithoutANameIsReportedByItsDefaultNameNotTheStoredMarker() throws Exception {
        Path workflow = workflow(phasegate("{\"gate\": \"phasegate.gate.name.ready-for-sprint\", \"rules\": "
                + "[{\"rule\": \"subtasks-present\"}]}"));

        run(
                "migrate-gates",
                "--workflow",
                workflow.toString(),
                "--out",
                dir.resolve("cloud").toString());
        String report = Files.readString(dir.resolve("cloud/migration-report.md"));
        out.getBuffer().setLength(0);
        run("migrate-gates", "--workflow", workflow.toString(), "--format", "json");

        assertThat(report).contains("| Ready for sprint |").doesNotContain("phasegate.gate.name");
        assertThat(new ObjectMapper()
                        .readTree(out.toString())
                        .path("gates")
                        .get(0)
                        .path("gate")
                        .asText())
                .isEqualTo("Ready for sprint");
    }

    @Test
    void exitsZeroWhenEveryGateMayBeDeployed() throws Exception {
        Path workflow = workflow(phasegate("{\"gate\": \"g\", \"rules\": [{\"rule\": \"subtasks-present\"}]}"));

        int exit = run(
                "migrate-gates",
                "--workflow",
                workflow.toString(),
                "--out",
                dir.resolve("o").toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(dir.resolve("o/migration-report.md"))).contains("No other validators.");
    }

    @Test
    void aWorkflowWithoutGatesIsBadInputAndNamesTheValidatorsItHas() throws Exception {
        Path workflow = workflow("<validator type=\"class\"><arg name=\"class.name\">"
                + "com.googlecode.jsu.workflow.validator.FieldsRequiredValidator</arg></validator>");

        int exit = run(
                "migrate-gates",
                "--workflow",
                workflow.toString(),
                "--out",
                dir.resolve("o").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("has no Phasegate gate (validator class io.phasegate.jira.workflow.PhaseGateValidator)")
                .contains(
                        "Other validators found (not migrated): com.googlecode.jsu.workflow.validator.FieldsRequiredValidator.");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void badXmlAndMissingFilesAreBadInputWithAClearMessage() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<workflow><steps></workflow>");

        assertThat(run(
                        "migrate-gates",
                        "--workflow",
                        broken.toString(),
                        "--out",
                        dir.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("error: " + broken + " is not well-formed XML or is refused (line 1,");
        assertThat(dir.resolve("o")).doesNotExist();
        assertThat(run("migrate-gates", "--workflow", dir.resolve("missing.xml").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("cannot read " + dir.resolve("missing.xml"));
    }
}
