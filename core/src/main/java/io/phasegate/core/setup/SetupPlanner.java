package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.List;
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

    /** The plan for {@code project} on an instance holding {@code inventory}. */
    public SetupPlan plan(Inventory inventory, ProjectRef project) {
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
        projectSteps(sink, inventory, project);
        return new SetupPlan(project, sink.steps());
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
                : present(sink, StepKind.ISSUE_TYPE, spec.key(), spec.name(), type.id(), List.of());
    }

    private SetupStep named(
            StepSink sink, StepKind kind, String key, String name, List<Existing> existing, List<String> needs) {
        return existing.stream()
                .filter(e -> Inventory.sameName(name, e.name()))
                .findFirst()
                .map(e -> present(sink, kind, key, name, e.id(), needs))
                .orElseGet(() -> sink.absent(kind, key, name, needs));
    }

    private SetupStep present(StepSink sink, StepKind kind, String key, String name, String id, List<String> needs) {
        return sink.step(
                kind,
                key,
                name,
                StepAction.ALREADY_PRESENT,
                Optional.of(id),
                SetupMessage.of("reason.present", id),
                List.of(),
                needs);
    }

    /**
     * Changing a project's issue type scheme or workflow scheme moves its existing issues (Jira asks
     * how to map their statuses), so Phasegate never does it itself: these steps say what to do by
     * hand. The screens step is planned by {@link ProjectScreensPlanner}.
     */
    private void projectSteps(StepSink sink, Inventory inventory, ProjectRef project) {
        String types = blueprint.issueTypes().stream().map(IssueTypeSpec::name).collect(Collectors.joining(", "));
        List<String> typeRefs =
                refs(StepKind.ISSUE_TYPE, blueprint.issueTypes().stream().map(IssueTypeSpec::key));
        String schemes =
                blueprint.screenSchemes().stream().map(ScreenSchemeSpec::name).collect(Collectors.joining(", "));
        manual(sink, StepKind.PROJECT_ISSUE_TYPES, project, typeRefs, types);
        List<String> screenNeeds = new ArrayList<>(typeRefs);
        screenNeeds.addAll(
                refs(StepKind.SCREEN_SCHEME, blueprint.screenSchemes().stream().map(ScreenSchemeSpec::key)));
        new ProjectScreensPlanner(blueprint, sink, inventory).plan(project, screenNeeds, types, schemes);
        List<String> workflowNeeds = new ArrayList<>(typeRefs);
        workflowNeeds.add(SetupStep.ref(StepKind.WORKFLOW, "workflow"));
        manual(
                sink,
                StepKind.PROJECT_WORKFLOW,
                project,
                workflowNeeds,
                types,
                blueprint.workflow().name());
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
