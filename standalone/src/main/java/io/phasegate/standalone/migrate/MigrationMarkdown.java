package io.phasegate.standalone.migrate;

import static io.phasegate.standalone.migrate.MarkdownText.escape;

import io.phasegate.core.cloud.CompileProblem;
import io.phasegate.core.gate.DefaultGateNames;
import io.phasegate.core.gate.config.ConfigProblem;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.standalone.text.BundleMessages;
import java.util.List;
import java.util.stream.Collectors;

/** {@code migration-report.md}: what an admin needs to move a workflow's gates to Jira Cloud. */
final class MigrationMarkdown {
    private final BundleMessages messages;

    MigrationMarkdown(BundleMessages messages) {
        this.messages = messages;
    }

    String render(MigrationReport report) {
        StringBuilder md = new StringBuilder();
        long deployable =
                report.gates().stream().filter(GateMigration::deployable).count();
        md.append("# Phasegate gates of workflow ")
                .append(escape(report.workflow()))
                .append(" on Jira Cloud\n\n");
        md.append("Written by `phasegate migrate-gates`. ")
                .append(report.gates().size())
                .append(" gate(s): ")
                .append(deployable)
                .append(" deployable, ")
                .append(report.gates().size() - deployable)
                .append(" need work. ")
                .append(report.notMigrated().size())
                .append(" other validator(s) not migrated.\n\n");
        md.append("## Gates\n\n| Transition | From | To | Gate | Deployable | Files |\n|---|---|---|---|---|---|\n");
        report.gates().forEach(gate -> md.append(row(gate)));
        report.gates().forEach(gate -> md.append(details(gate)));
        md.append(notMigrated(report.notMigrated()));
        md.append("\n## Next steps\n\nSee docs/migration.md: check each custom field id on Cloud, fix what is not"
                + " deployable, then put each expression into the Forge app (cloud/README.md).\n");
        return md.toString();
    }

    private String row(GateMigration gate) {
        String files = "`" + gate.slug() + ".gate.json`"
                + (gate.compiled().isPresent() ? ", `" + gate.slug() + ".expression.txt`" : "");
        return "| " + transition(gate.transition()) + " | " + from(gate.transition()) + " | "
                + escape(gate.transition().to()) + " | " + gateName(gate) + " | "
                + (gate.deployable() ? "yes" : "**no**") + " | " + files + " |\n";
    }

    private String details(GateMigration gate) {
        StringBuilder md = new StringBuilder("\n### ")
                .append(transition(gate.transition()))
                .append(": ")
                .append(gateName(gate))
                .append("\n\n");
        md.append("- Deployable: ").append(gate.deployable() ? "yes" : "**no**").append('\n');
        if (gate.compiled().isEmpty()) {
            md.append("- The gate JSON cannot be read, so there is no expression. On Data Center this transition")
                    .append(gate.validator().dataCenterBlocksWhenBroken() ? " is blocked" : " is allowed")
                    .append(" every time (phasegate.onMisconfiguration).\n");
            gate.configProblems()
                    .forEach(problem ->
                            md.append("  - error: ").append(config(problem)).append('\n'));
            return md.toString();
        }
        if (gate.compiled().get().split()) {
            md.append("- Split into ")
                    .append(gate.compiled().get().validators().size())
                    .append(" validators to stay within Jira's limits (one line each in the expression file);")
                    .append(" add all of them to the transition:\n");
            gate.compiled().get().validators().forEach(v -> md.append("  - ")
                    .append(MarkdownText.escape(v.rulePaths()))
                    .append('\n'));
        }
        List<CompileProblem> problems = gate.compiled().get().problems();
        if (!problems.isEmpty()) {
            md.append(gate.deployable() ? "- Differences from Data Center:\n" : "- Reasons:\n");
            problems.forEach(problem -> md.append(problem(problem)));
        }
        List<FieldRef> fields = gate.gate().orElseThrow().fieldsRead().stream().toList();
        if (!fields.isEmpty()) {
            md.append("- Fields read: ")
                    .append(fields.stream().map(f -> "`" + f.id() + "`").collect(Collectors.joining(", ")))
                    .append(". Custom field ids usually differ on the Cloud site: check them there.\n");
        }
        return md.toString();
    }

    private String problem(CompileProblem problem) {
        String kind = problem.severity().blocksDeployment() ? "error" : "warning";
        return "  - " + kind + " (" + problem.severity().name() + ") at `" + problem.path() + "`: "
                + escape(messages.render(problem.message())) + "\n";
    }

    private String config(ConfigProblem problem) {
        return escape(messages.render(problem.message()));
    }

    private static String notMigrated(List<MigrationReport.Unmigrated> others) {
        if (others.isEmpty()) {
            return "\n## Not migrated\n\nNo other validators.\n";
        }
        StringBuilder md = new StringBuilder("\n## Not migrated\n\nThese validators are not Phasegate gates;"
                + " recreate them on Cloud with their own app (JSU, Jira's built-in validators, …).\n\n"
                + "| Transition | From | To | Validator |\n|---|---|---|---|\n");
        for (MigrationReport.Unmigrated other : others) {
            md.append("| ")
                    .append(transition(other.transition()))
                    .append(" | ")
                    .append(from(other.transition()))
                    .append(" | ")
                    .append(escape(other.transition().to()))
                    .append(" | ")
                    .append(escape(other.validator().describe()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String transition(WorkflowTransition transition) {
        return escape(transition.name()) + " (" + transition.id() + ")";
    }

    private static String from(WorkflowTransition transition) {
        return transition.from().isEmpty()
                ? "(no step uses it)"
                : transition.from().stream().map(MarkdownText::escape).collect(Collectors.joining(", "));
    }

    private String gateName(GateMigration gate) {
        return gate.gate()
                .map(g -> escape(DefaultGateNames.shown(g.name(), messages::render)))
                .orElse("(unreadable gate JSON)");
    }
}
