package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Plans a set-up: compares the blueprint with what the instance already has and lists, in the
 * order they must happen, what will be created, reused, left alone or needs an administrator. The
 * plan is recomputed from the instance every time, which is what makes set-up safe to repeat.
 */
public final class SetupPlanner {
    private final SetupBlueprint blueprint;

    public SetupPlanner(SetupBlueprint blueprint) {
        this.blueprint = Objects.requireNonNull(blueprint, "blueprint");
    }

    /** The name of the workflow scheme Phasegate gives the project with key {@code projectKey}. */
    public static String workflowSchemeName(String projectKey) {
        return "Phasegate: " + projectKey + " workflow scheme";
    }

    /** The plan for {@code project} on an instance holding {@code inventory}, its schemes not read. */
    public SetupPlan plan(Inventory inventory, ProjectRef project) {
        return plan(inventory, project, Optional.empty());
    }

    /**
     * The plan for {@code project} on an instance holding {@code inventory}; with the project's
     * {@code schemes}, the project steps the adapter automates are planned from them, else they are
     * manual.
     */
    public SetupPlan plan(Inventory inventory, ProjectRef project, Optional<ProjectSchemes> schemes) {
        StepSink sink = new StepSink(inventory.automated());
        blueprint.issueTypes().forEach(type -> sink.add(issueType(sink, type, inventory.issueTypes())));
        FieldPlanner fields = new FieldPlanner(sink);
        blueprint.fields().forEach(field -> fields.plan(field, inventory.fields()));
        blueprint
                .statuses()
                .forEach(status -> sink.add(
                        named(sink, StepKind.STATUS, status.key(), status.name(), inventory.statuses(), List.of())));
        new ScreenPlanner(blueprint, sink, inventory).plan();
        WorkflowSpec workflow = blueprint.workflow();
        List<String> workflowNeeds = new ArrayList<>(refs(StepKind.STATUS, workflow.statusKeys().stream()));
        workflowNeeds.addAll(refs(StepKind.FIELD, workflow.gateFieldKeys().stream()));
        sink.add(named(sink, StepKind.WORKFLOW, "workflow", workflow.name(), inventory.workflows(), workflowNeeds));
        projectSteps(sink, inventory, project, schemes.map(s -> new Project(s, existingIssueTypeIds(inventory))));
        return new SetupPlan(project, sink.steps(), schemes);
    }

    private SetupStep issueType(StepSink sink, IssueTypeSpec spec, List<ExistingIssueType> existing) {
        Optional<ExistingIssueType> same = existing.stream()
                .filter(t -> Inventory.sameName(spec.name(), t.name()))
                .findFirst();
        if (same.isEmpty()) {
            return sink.absent(StepKind.ISSUE_TYPE, spec.key(), spec.name(), List.of());
        }
        ExistingIssueType type = same.get();
        return type.subtask()
                ? sink.step(
                        StepKind.ISSUE_TYPE,
                        spec.key(),
                        spec.name(),
                        StepAction.CONFLICT,
                        Optional.empty(),
                        SetupMessage.of("reason.issue-type-subtask", type.name(), type.id()),
                        List.of(),
                        List.of())
                : sink.present(StepKind.ISSUE_TYPE, spec.key(), spec.name(), type.id(), List.of());
    }

    private SetupStep named(
            StepSink sink, StepKind kind, String key, String name, List<Existing> existing, List<String> needs) {
        return existing.stream()
                .filter(e -> Inventory.sameName(name, e.name()))
                .findFirst()
                .map(e -> sink.present(kind, key, name, e.id(), needs))
                .orElseGet(() -> sink.absent(kind, key, name, needs));
    }

    /** The project's schemes and the ids of Phasegate's issue types that exist, by blueprint key. */
    private record Project(ProjectSchemes schemes, Map<String, String> typeIds) {}

    /**
     * The project's schemes: issue types and workflow are automated when the adapter reads the
     * schemes and can change them (never a scheme another project uses, never moving an issue); the
     * screens step is planned by {@link ProjectScreensPlanner}.
     */
    private void projectSteps(StepSink sink, Inventory inventory, ProjectRef project, Optional<Project> known) {
        String types = blueprint.issueTypes().stream().map(IssueTypeSpec::name).collect(Collectors.joining(", "));
        List<String> typeRefs =
                refs(StepKind.ISSUE_TYPE, blueprint.issueTypes().stream().map(IssueTypeSpec::key));
        projectIssueTypes(sink, project, known, typeRefs, types);
        String schemes =
                blueprint.screenSchemes().stream().map(ScreenSchemeSpec::name).collect(Collectors.joining(", "));
        List<String> screenNeeds = new ArrayList<>(typeRefs);
        screenNeeds.addAll(
                refs(StepKind.SCREEN_SCHEME, blueprint.screenSchemes().stream().map(ScreenSchemeSpec::key)));
        new ProjectScreensPlanner(blueprint, sink, inventory).plan(project, screenNeeds, types, schemes);
        projectWorkflow(sink, project, known, typeRefs, types);
    }

    private void projectIssueTypes(
            StepSink sink, ProjectRef project, Optional<Project> known, List<String> typeRefs, String types) {
        if (known.isPresent() && sink.automates(StepKind.PROJECT_ISSUE_TYPES)) {
            Project p = known.get();
            sink.add(new ProjectIssueTypes(blueprint.issueTypes()).plan(sink, project, p.schemes(), p.typeIds()));
        } else {
            manual(sink, StepKind.PROJECT_ISSUE_TYPES, project, typeRefs, types);
        }
    }

    private void projectWorkflow(
            StepSink sink, ProjectRef project, Optional<Project> known, List<String> typeRefs, String types) {
        List<String> needs = new ArrayList<>(typeRefs);
        needs.add(SetupStep.ref(StepKind.WORKFLOW, "workflow"));
        String workflow = blueprint.workflow().name();
        if (known.isPresent() && sink.automates(StepKind.PROJECT_WORKFLOW)) {
            Project p = known.get();
            sink.add(new ProjectWorkflow(blueprint.issueTypes(), workflow)
                    .plan(sink, project, p.schemes(), p.typeIds(), needs));
        } else {
            manual(sink, StepKind.PROJECT_WORKFLOW, project, needs, types, workflow);
        }
    }

    /**
     * The Jira id of each of the blueprint's issue types that exists as a standard type, by
     * blueprint key: the types whose issues an adapter counts for {@link ProjectSchemes}.
     */
    public Map<String, String> existingIssueTypeIds(Inventory inventory) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (IssueTypeSpec spec : blueprint.issueTypes()) {
            inventory.issueTypes().stream()
                    .filter(t -> !t.subtask() && Inventory.sameName(spec.name(), t.name()))
                    .findFirst()
                    .ifPresent(t -> ids.put(spec.key(), t.id()));
        }
        return ids;
    }

    private void manual(StepSink sink, StepKind kind, ProjectRef project, List<String> needs, String... args) {
        List<String> all = Stream.concat(Stream.of(project.name(), project.key()), Stream.of(args))
                .toList();
        SetupMessage what = new SetupMessage(
                "manual." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), all);
        sink.add(sink.step(
                kind, project.key(), project.name(), StepAction.MANUAL, Optional.empty(), what, List.of(), needs));
    }

    private static List<String> refs(StepKind kind, Stream<String> keys) {
        return keys.map(key -> SetupStep.ref(kind, key)).toList();
    }
}
