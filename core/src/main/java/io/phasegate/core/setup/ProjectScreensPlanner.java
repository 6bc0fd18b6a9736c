package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decides how the project gets Phasegate's screens without touching a scheme other projects use:
 * the project gets its own issue type screen scheme, {@link #schemeName(ProjectRef)}, copying
 * every entry of its current one and mapping RFC and Technical Deep-dive to Phasegate's screen
 * schemes, and uses it instead of the current one, which stays as it is. Issue types already in
 * the project keep their screen schemes, so existing issues look the same.
 */
final class ProjectScreensPlanner {
    private final SetupBlueprint blueprint;
    private final StepSink sink;
    private final Inventory inventory;

    ProjectScreensPlanner(SetupBlueprint blueprint, StepSink sink, Inventory inventory) {
        this.blueprint = blueprint;
        this.sink = sink;
        this.inventory = inventory;
    }

    /** The name of the project's own issue type screen scheme. */
    static String schemeName(ProjectRef project) {
        return "Phasegate: " + project.key() + " issue type screen scheme";
    }

    /**
     * Adds the step for {@code project}; when the adapter does not automate it or cannot say which
     * scheme the project uses, a manual step naming {@code types} and {@code schemes}.
     */
    void plan(ProjectRef project, List<String> needs, String types, String schemes) {
        sink.add(decide(project, needs, types, schemes));
    }

    private SetupStep decide(ProjectRef project, List<String> needs, String types, String schemes) {
        Optional<ExistingIssueTypeScreenScheme> current =
                inventory.screenDetails().schemeOf(project.key());
        SetupMessage what = SetupMessage.of("manual.project-screens", project.name(), project.key(), types, schemes);
        if (!inventory.automated().contains(StepKind.PROJECT_SCREENS)) {
            return step(project, StepAction.MANUAL, Optional.empty(), what, List.of(), needs);
        }
        if (current.isEmpty()) {
            return reattach(project, needs, what);
        }
        ExistingIssueTypeScreenScheme scheme = current.get();
        Map<String, String> wanted = wantedMappings();
        boolean complete = wanted.size() == blueprint.screenSchemes().size()
                && wanted.entrySet().stream().allMatch(e -> e.getValue()
                        .equals(scheme.mappings().byIssueType().get(e.getKey())));
        if (complete) {
            return step(
                    project,
                    StepAction.ALREADY_PRESENT,
                    Optional.of(scheme.id()),
                    SetupMessage.of("reason.project-screens-present", scheme.name()),
                    List.of(),
                    needs);
        }
        String ours = schemeName(project);
        Optional<ExistingIssueTypeScreenScheme> target =
                inventory.screenDetails().named(ours);
        Optional<SetupStep> conflict = target.flatMap(t -> conflict(project, t, wanted, needs))
                .or(() -> mappedElsewhere(project, scheme, needs));
        if (conflict.isPresent()) {
            return conflict.get();
        }
        if (target.isPresent() && target.get().id().equals(scheme.id())) {
            return step(
                    project,
                    StepAction.CREATE,
                    Optional.empty(),
                    SetupMessage.of("reason.project-screens-complete", ours),
                    List.of(),
                    needs);
        }
        String key = target.isPresent() ? "reason.project-screens-resume" : "reason.project-screens-replace";
        String defaultScheme =
                scheme.mappings().defaultScheme().map(this::screenSchemeName).orElse("-");
        SetupMessage why = SetupMessage.of(key, scheme.name(), ours, defaultScheme);
        return step(project, StepAction.CREATE, Optional.empty(), why, copied(scheme), needs);
    }

    /**
     * The project uses no issue type screen scheme: an earlier run stopped between ending the old
     * association and making the new one. When that run's scheme is there and no other project uses
     * it, the project is given it (completed as needed); otherwise the administrator decides.
     */
    private SetupStep reattach(ProjectRef project, List<String> needs, SetupMessage manual) {
        String ours = schemeName(project);
        Optional<ExistingIssueTypeScreenScheme> target =
                inventory.screenDetails().named(ours);
        if (target.isEmpty() || !target.get().projectKeys().isEmpty()) {
            return step(project, StepAction.MANUAL, Optional.empty(), manual, List.of(), needs);
        }
        Optional<SetupStep> conflict = conflict(project, target.get(), wantedMappings(), needs);
        return conflict.orElseGet(() -> step(
                project,
                StepAction.CREATE,
                Optional.empty(),
                SetupMessage.of("reason.project-screens-reattach", ours),
                List.of(),
                needs));
    }

    /**
     * Our scheme exists but must not be changed: other projects use it, or it maps RFC or Technical
     * Deep-dive to another screen scheme than Phasegate's (an administrator's choice).
     */
    private Optional<SetupStep> conflict(
            ProjectRef project, ExistingIssueTypeScreenScheme target, Map<String, String> wanted, List<String> needs) {
        Set<String> others = new TreeSet<>(target.projectKeys());
        others.remove(project.key());
        if (!others.isEmpty()) {
            SetupMessage why =
                    SetupMessage.of("reason.project-screens-shared", target.name(), String.join(", ", others));
            return Optional.of(step(project, StepAction.CONFLICT, Optional.empty(), why, List.of(), needs));
        }
        return mappedElsewhere(project, target, needs);
    }

    /**
     * {@code scheme} has its own entry for RFC or Technical Deep-dive with another screen scheme than
     * Phasegate's: an administrator's choice, which copying the scheme must not override (issues of
     * those types would silently change screens).
     */
    private Optional<SetupStep> mappedElsewhere(
            ProjectRef project, ExistingIssueTypeScreenScheme scheme, List<String> needs) {
        List<String> elsewhere = new ArrayList<>();
        for (ScreenSchemeSpec spec : blueprint.screenSchemes()) {
            Optional<String> type = id(StepKind.ISSUE_TYPE, spec.issueTypeKey());
            Optional<String> mapped =
                    type.map(t -> scheme.mappings().byIssueType().get(t));
            Optional<String> ours = id(StepKind.SCREEN_SCHEME, spec.key());
            if (mapped.isPresent() && !mapped.equals(ours)) {
                elsewhere.add(issueTypeName(type.get()) + " → " + screenSchemeName(mapped.get()));
            }
        }
        if (elsewhere.isEmpty()) {
            return Optional.empty();
        }
        SetupMessage why = SetupMessage.of("reason.project-screens-mapped-elsewhere", scheme.name());
        return Optional.of(step(project, StepAction.CONFLICT, Optional.empty(), why, elsewhere, needs));
    }

    /** Issue type id to screen scheme id for the blueprint's issue types whose ids are known already. */
    private Map<String, String> wantedMappings() {
        Map<String, String> wanted = new java.util.LinkedHashMap<>();
        for (ScreenSchemeSpec spec : blueprint.screenSchemes()) {
            Optional<String> type = id(StepKind.ISSUE_TYPE, spec.issueTypeKey());
            Optional<String> scheme = id(StepKind.SCREEN_SCHEME, spec.key());
            if (type.isPresent() && scheme.isPresent()) {
                wanted.put(type.get(), scheme.get());
            }
        }
        return wanted;
    }

    /** The entries copied from the current scheme, as "issue type → screen scheme" for the preview. */
    private List<String> copied(ExistingIssueTypeScreenScheme scheme) {
        return scheme.mappings().byIssueType().entrySet().stream()
                .map(e -> issueTypeName(e.getKey()) + " → " + screenSchemeName(e.getValue()))
                .collect(Collectors.toList());
    }

    /** The id of a thing that exists already (present, reused or being completed), not of what this run creates. */
    private Optional<String> id(StepKind kind, String key) {
        String ref = SetupStep.ref(kind, key);
        return sink.steps().stream()
                .filter(s -> s.ref().equals(ref))
                .findFirst()
                .flatMap(SetupStep::existingId);
    }

    private String issueTypeName(String id) {
        return inventory.issueTypes().stream()
                .filter(t -> t.id().equals(id))
                .map(ExistingIssueType::name)
                .findFirst()
                .orElse(id);
    }

    private String screenSchemeName(String id) {
        return inventory.screenSchemes().stream()
                .filter(s -> s.id().equals(id))
                .map(Existing::name)
                .findFirst()
                .orElse(id);
    }

    private SetupStep step(
            ProjectRef project,
            StepAction action,
            Optional<String> id,
            SetupMessage why,
            List<String> values,
            List<String> needs) {
        return sink.step(StepKind.PROJECT_SCREENS, project.key(), project.name(), action, id, why, values, needs);
    }
}
