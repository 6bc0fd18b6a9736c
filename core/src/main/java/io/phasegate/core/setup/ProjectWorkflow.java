package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides how the project comes to use the phase workflow for Phasegate's issue types without any
 * issue changing workflow and without changing any existing scheme: the project is switched to its
 * own new scheme, a copy of its current one plus Phasegate's types. Left to the administrator when
 * the project already has issues of those types (Jira must migrate them); a conflict when the name
 * of the project's own scheme is taken by something Phasegate did not leave behind unchanged.
 */
final class ProjectWorkflow {
    private final List<IssueTypeSpec> types;
    private final String workflow;

    ProjectWorkflow(List<IssueTypeSpec> types, String workflow) {
        this.types = List.copyOf(types);
        this.workflow = workflow;
    }

    /**
     * The step for {@code project}.
     *
     * @param typeIds Jira id of each of Phasegate's issue types that exists now, by blueprint key
     * @param needs what must exist before the switch (the issue types and the workflow)
     */
    SetupStep plan(
            StepSink sink,
            ProjectRef project,
            ProjectSchemes schemes,
            Map<String, String> typeIds,
            List<String> needs) {
        WorkflowSchemeState current = schemes.workflows();
        if (types.stream().allMatch(t -> usesWorkflow(current, typeIds.get(t.key())))) {
            return step(
                    sink,
                    project,
                    StepAction.ALREADY_PRESENT,
                    "reason.project-workflow-present",
                    needs,
                    current.name());
        }
        String busy = busy(schemes, typeIds);
        if (!busy.isEmpty()) {
            return step(
                    sink,
                    project,
                    StepAction.MANUAL,
                    "manual.project-workflow-issues",
                    needs,
                    project.name(),
                    project.key(),
                    busy,
                    workflow,
                    current.name());
        }
        String target = SetupPlanner.workflowSchemeName(project.key());
        if (Inventory.sameName(target, current.name())) {
            return step(
                    sink, project, StepAction.CONFLICT, "reason.project-workflow-own-scheme", needs, target, workflow);
        }
        Optional<WorkflowSchemeState> leftover = schemes.phasegateScheme();
        if (leftover.isPresent()) {
            return reuse(sink, project, schemes, typeIds, needs, leftover.get());
        }
        return step(
                sink,
                project,
                StepAction.CREATE,
                "reason.project-workflow-switch",
                needs,
                current.name(),
                target,
                ProjectIssueTypes.names(types),
                workflow);
    }

    /** The change a CREATE step carries out, with the ids the issue types have by then. */
    WorkflowSchemeChange change(ProjectRef project, ProjectSchemes schemes, Map<String, String> typeIds) {
        WorkflowSchemeState current = schemes.workflows();
        String description = "Phasegate: the workflow scheme of " + project.key() + ", a copy of \"" + current.name()
                + "\" (left unchanged) that also uses " + workflow + " for " + ProjectIssueTypes.names(types)
                + ". To undo, switch the project back to \"" + current.name() + "\".";
        return new WorkflowSchemeChange(
                project.key(),
                current.id(),
                current.name(),
                SetupPlanner.workflowSchemeName(project.key()),
                description,
                wanted(current, typeIds),
                current.defaultWorkflow(),
                schemes.phasegateScheme().flatMap(WorkflowSchemeState::id));
    }

    private SetupStep reuse(
            StepSink sink,
            ProjectRef project,
            ProjectSchemes schemes,
            Map<String, String> typeIds,
            List<String> needs,
            WorkflowSchemeState leftover) {
        WorkflowSchemeState current = schemes.workflows();
        if (!leftover.projects().isEmpty()) {
            String users = String.join(", ", leftover.projects());
            return step(
                    sink,
                    project,
                    StepAction.CONFLICT,
                    "reason.project-workflow-name-taken",
                    needs,
                    leftover.name(),
                    users);
        }
        boolean same = typeIds.size() == types.size()
                && leftover.id().isPresent()
                && leftover.mappings().equals(wanted(current, typeIds))
                && leftover.defaultWorkflow().equals(current.defaultWorkflow());
        return same
                ? step(
                        sink,
                        project,
                        StepAction.CREATE,
                        "reason.project-workflow-reuse",
                        needs,
                        leftover.name(),
                        current.name())
                : step(sink, project, StepAction.CONFLICT, "reason.project-workflow-stale", needs, leftover.name());
    }

    private Map<String, String> wanted(WorkflowSchemeState current, Map<String, String> typeIds) {
        Map<String, String> mappings = new LinkedHashMap<>(current.mappings());
        types.stream()
                .map(t -> typeIds.get(t.key()))
                .filter(java.util.Objects::nonNull)
                .forEach(id -> mappings.put(id, workflow));
        return mappings;
    }

    /** The types whose existing issues would change workflow, with their count ("?" when not known). */
    private String busy(ProjectSchemes schemes, Map<String, String> typeIds) {
        List<String> busy = new ArrayList<>();
        for (IssueTypeSpec type : types) {
            String id = typeIds.get(type.key());
            if (id == null || usesWorkflow(schemes.workflows(), id)) {
                continue;
            }
            Long count = schemes.issueCounts().get(id);
            if (count == null || count > 0) {
                busy.add(type.name() + ": " + (count == null ? "?" : count.toString()));
            }
        }
        return busy.stream().collect(Collectors.joining(", "));
    }

    private boolean usesWorkflow(WorkflowSchemeState scheme, String typeId) {
        return typeId != null
                && scheme.workflowFor(typeId)
                        .filter(w -> Inventory.sameName(workflow, w))
                        .isPresent();
    }

    private static SetupStep step(
            StepSink sink, ProjectRef project, StepAction action, String key, List<String> needs, String... args) {
        Optional<String> id = action == StepAction.ALREADY_PRESENT ? Optional.of(project.key()) : Optional.empty();
        return sink.step(
                StepKind.PROJECT_WORKFLOW,
                project.key(),
                project.name(),
                action,
                id,
                SetupMessage.of(key, args),
                List.of(),
                needs);
    }
}
