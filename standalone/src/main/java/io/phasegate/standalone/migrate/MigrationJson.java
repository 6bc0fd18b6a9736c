package io.phasegate.standalone.migrate;

import io.phasegate.core.cloud.CompileProblem;
import io.phasegate.core.cloud.CompiledGate;
import io.phasegate.core.cloud.ExpressionSize;
import io.phasegate.core.gate.DefaultGateNames;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.standalone.text.BundleMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON tree of a {@link MigrationReport} ({@code --format json}): maps, lists, strings, booleans. */
final class MigrationJson {
    private final BundleMessages messages;

    MigrationJson(BundleMessages messages) {
        this.messages = messages;
    }

    Map<String, Object> tree(MigrationReport report) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("workflow", report.workflow());
        tree.put("allDeployable", report.allDeployable());
        tree.put("gates", report.gates().stream().map(this::gate).toList());
        tree.put(
                "notMigrated",
                report.notMigrated().stream().map(MigrationJson::other).toList());
        return tree;
    }

    private Map<String, Object> gate(GateMigration gate) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("transition", transition(gate.transition()));
        tree.put("slug", gate.slug());
        tree.put(
                "gate",
                gate.gate()
                        .map(g -> (Object) DefaultGateNames.shown(g.name(), messages::render))
                        .orElse(null));
        tree.put("deployable", gate.deployable());
        tree.put("gateJson", gate.gateJson());
        tree.put("expression", gate.compiled().map(c -> (Object) c.expression()).orElse(null));
        tree.put("size", gate.compiled().map(c -> size(c.size())).orElse(null));
        tree.put("validators", gate.compiled().map(MigrationJson::validators).orElse(List.of()));
        tree.put("problems", gate.compiled().map(c -> problems(c.problems())).orElse(List.of()));
        tree.put(
                "configErrors",
                gate.configProblems().stream()
                        .map(p -> Map.of("path", p.path(), "message", messages.render(p.message())))
                        .toList());
        tree.put(
                "fieldsRead",
                gate.gate()
                        .map(g -> g.fieldsRead().stream().map(FieldRef::id).toList())
                        .orElse(List.of()));
        tree.put("dataCenterBlocksWhenBroken", gate.validator().dataCenterBlocksWhenBroken());
        return tree;
    }

    private List<Map<String, Object>> problems(List<CompileProblem> problems) {
        return problems.stream()
                .map(p -> {
                    Map<String, Object> tree = new LinkedHashMap<>();
                    tree.put("severity", p.severity().name());
                    tree.put("blocksDeployment", p.severity().blocksDeployment());
                    tree.put("path", p.path());
                    tree.put("message", messages.render(p.message()));
                    return tree;
                })
                .toList();
    }

    private static Object size(ExpressionSize size) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("characters", size.characters());
        tree.put("leaves", size.leaves());
        tree.put("expensiveOperations", size.expensiveOperations());
        return tree;
    }

    /** What to deploy: one entry per jira:workflowValidator (several when the gate is split). */
    private static List<Map<String, Object>> validators(CompiledGate compiled) {
        return compiled.validators().stream()
                .map(v -> {
                    Map<String, Object> tree = new LinkedHashMap<>();
                    tree.put("expression", v.expression());
                    tree.put("rules", v.rules());
                    tree.put("size", size(v.size()));
                    return tree;
                })
                .toList();
    }

    private static Map<String, Object> other(MigrationReport.Unmigrated other) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("transition", transition(other.transition()));
        tree.put("type", other.validator().type());
        tree.put("className", other.validator().className());
        return tree;
    }

    private static Map<String, Object> transition(WorkflowTransition transition) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", transition.id());
        tree.put("name", transition.name());
        tree.put("from", transition.from());
        tree.put("to", transition.to());
        return tree;
    }
}
