package io.phasegate.standalone.migrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.phasegate.core.cloud.ExpressionLimits;
import io.phasegate.core.cloud.JiraExpressionCompiler;
import io.phasegate.core.cloud.MessagePatterns;
import io.phasegate.standalone.text.BundleMessages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasegate migrate-gates}: the Phasegate gates of a Data Center workflow export, ready for Jira Cloud. */
@Command(
        name = "migrate-gates",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Migrates the Phasegate gates of a Jira Data Center workflow XML export to Jira Cloud.",
            "Writes per gate the gate JSON and its Jira expression, and migration-report.md.",
            "Exit status: 0 every gate may be deployed, 1 files written but some gate needs work,",
            "2 bad input (unreadable XML, no Phasegate gate) or the files cannot be written."
        })
public final class MigrateGatesCommand implements Callable<Integer> {
    static final int ALL_DEPLOYABLE = 0;
    static final int NEEDS_WORK = 1;
    static final int BAD_INPUT = 2;

    /** How the report is printed. */
    enum Format {
        MARKDOWN,
        JSON
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--workflow",
            required = true,
            paramLabel = "WORKFLOW.xml",
            description = "The workflow as exported from Jira Data Center (Export as XML).")
    Path workflow;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Folder for the files (default: phasegate-cloud-gates; with --format json: none).")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "markdown",
            description = "markdown (files, summary on standard output) or json (the report on standard output).")
    Format format;

    @Option(
            names = "--max-characters",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Longest expression Jira accepts (default: the documented ${DEFAULT-VALUE}).")
    int maxCharacters;

    @Option(
            names = "--max-leaves",
            paramLabel = "N",
            defaultValue = "100",
            description = "Most syntactic elements Jira accepts (default: the documented ${DEFAULT-VALUE}).")
    int maxLeaves;

    @Option(
            names = "--max-expensive-operations",
            paramLabel = "N",
            defaultValue = "10",
            description = "Most expensive operations per evaluation (default: the documented ${DEFAULT-VALUE}).")
    int maxExpensiveOperations;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(spec.commandLine().getOut(), err);
        } catch (WorkflowXmlException e) {
            err.println("error: " + workflow + " " + e.getMessage());
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
        } finally {
            spec.commandLine().getOut().flush();
            err.flush();
        }
        return BAD_INPUT;
    }

    private int run(PrintWriter out, PrintWriter err) throws IOException, WorkflowXmlException {
        byte[] xml = read();
        List<WorkflowTransition> transitions = new WorkflowXmlReader().read(xml);
        ExpressionLimits limits = new ExpressionLimits(maxCharacters, maxLeaves, maxExpensiveOperations);
        GateMigrator migrator = new GateMigrator(new JiraExpressionCompiler(MessagePatterns.english(), limits));
        MigrationReport report = migrator.migrate(workflow.getFileName().toString(), transitions);
        if (report.gates().isEmpty()) {
            err.println("error: " + workflow + " has no Phasegate gate (validator class "
                    + WorkflowValidator.PHASEGATE_CLASS + "); nothing to migrate." + others(report));
            return BAD_INPUT;
        }
        BundleMessages messages = new BundleMessages();
        String markdown = new MigrationMarkdown(messages).render(report);
        if (format == Format.JSON) {
            out.println(json(new MigrationJson(messages).tree(report)));
            if (this.out != null) {
                MigrationFiles.write(this.out, report, markdown);
            }
        } else {
            Path dir = this.out == null ? Path.of("phasegate-cloud-gates") : this.out;
            MigrationFiles.write(dir, report, markdown);
            out.println(summary(report, dir));
        }
        return report.allDeployable() ? ALL_DEPLOYABLE : NEEDS_WORK;
    }

    private byte[] read() throws IOException {
        try {
            return Files.readAllBytes(workflow);
        } catch (IOException e) {
            throw new IOException("cannot read " + workflow + ": " + e, e);
        }
    }

    private static String others(MigrationReport report) {
        if (report.notMigrated().isEmpty()) {
            return " It has no validators at all.";
        }
        return " Other validators found (not migrated): "
                + report.notMigrated().stream()
                        .map(o -> o.validator().describe())
                        .distinct()
                        .collect(Collectors.joining(", "))
                + ".";
    }

    private static String summary(MigrationReport report, Path dir) {
        long deployable =
                report.gates().stream().filter(GateMigration::deployable).count();
        return "Migrated " + report.gates().size() + " gate(s) to " + dir + ": " + deployable + " deployable, "
                + (report.gates().size() - deployable) + " need work; "
                + report.notMigrated().size()
                + " other validator(s) not migrated. Report: " + dir.resolve(MigrationFiles.REPORT);
    }

    private static String json(Object tree) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree is always writable", e);
        }
    }
}
