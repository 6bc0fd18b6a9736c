package io.phasegate.standalone.check;

import io.phasegate.core.gate.PhaseGate;
import io.phasegate.standalone.jira.RestIssue;
import io.phasegate.standalone.text.BundleMessages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasegate check}: evaluates a gate on one issue saved from Jira's REST API. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks whether a Jira issue passes a gate.",
            "Exit status: 0 passed, 1 blocked, 2 bad input (unreadable or invalid files, usage errors)."
        })
public final class CheckCommand implements Callable<Integer> {
    static final int PASSED = 0;
    static final int BLOCKED = 1;
    static final int BAD_INPUT = 2;

    /** How the verdict is printed. */
    enum Format {
        JSON,
        TEXT;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--gate",
            required = true,
            paramLabel = "GATE.json",
            description = "The gate configuration; fields may be given by id or by name.")
    Path gate;

    @Option(
            names = "--issue",
            required = true,
            paramLabel = "ISSUE.json",
            description = "The issue as GET /rest/api/2/issue/KEY?expand=names (or /rest/api/3/...) returns it.")
    Path issue;

    @Option(
            names = "--names",
            paramLabel = "NAMES.json",
            description = "Field names: GET /rest/api/2/field, a names map, or a response fetched with expand=names.")
    Path names;

    @Option(
            names = "--subtasks",
            arity = "1..*",
            paramLabel = "FILE.json",
            description =
                    "Full documents of the sub-tasks: issues or search responses (for per-sub-task story points).")
    List<Path> subtasks = new ArrayList<>();

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "json|text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CheckReport report = check();
            report.warnings().forEach(warning -> err.println("warning: " + TerminalText.safe(warning)));
            out.println(format == Format.TEXT ? VerdictText.write(report).stripTrailing() : VerdictJson.write(report));
            return report.passed() ? PASSED : BLOCKED;
        } catch (BadInputException e) {
            err.println("error: " + TerminalText.safe(e.getMessage()));
            e.details().forEach(detail -> err.println("  " + TerminalText.safe(detail)));
            return BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private CheckReport check() {
        BundleMessages messages = new BundleMessages();
        RestIssue read = IssueFiles.read(issue, Optional.ofNullable(names), subtasks);
        PhaseGate phaseGate = new GateFile(messages).read(gate, read.catalogue());
        return CheckReport.evaluate(phaseGate, read, !subtasks.isEmpty(), messages);
    }
}
