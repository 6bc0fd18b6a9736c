package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides how the project comes to offer Phasegate's issue types, never changing a scheme another
 * project uses: already offered; Jira's default scheme (new types join it by themselves, checked);
 * the project's own scheme (the types are added to it); a shared scheme (left to the administrator,
 * naming the other projects).
 */
final class ProjectIssueTypes {
    private final List<IssueTypeSpec> types;

    ProjectIssueTypes(List<IssueTypeSpec> types) {
        this.types = List.copyOf(types);
    }

    /**
     * The step for {@code project}.
     *
     * @param typeIds Jira id of each of Phasegate's issue types that exists now, by blueprint key
     */
    SetupStep plan(StepSink sink, ProjectRef project, ProjectSchemes schemes, Map<String, String> typeIds) {
        IssueTypeSchemeState scheme = schemes.issueTypes();
        List<IssueTypeSpec> missing = types.stream()
                .filter(t ->
                        !typeIds.containsKey(t.key()) || !scheme.issueTypeIds().contains(typeIds.get(t.key())))
                .toList();
        if (missing.isEmpty()) {
            return step(sink, project, StepAction.ALREADY_PRESENT, msg("reason.project-issue-types-present", scheme));
        }
        String names = names(missing);
        if (scheme.jiraDefault()) {
            boolean allNew = missing.stream().noneMatch(t -> typeIds.containsKey(t.key()));
            return allNew
                    ? step(sink, project, StepAction.CREATE, msg("reason.project-issue-types-default", scheme, names))
                    : step(sink, project, StepAction.MANUAL, manual("default", project, scheme, names));
        }
        if (!scheme.otherProjects().isEmpty()) {
            String others = String.join(", ", scheme.otherProjects());
            return step(sink, project, StepAction.MANUAL, manual("shared", project, scheme, names, others));
        }
        return step(sink, project, StepAction.CREATE, msg("reason.project-issue-types-add", scheme, names));
    }

    /** The change a CREATE step carries out, with the ids the issue types have by then. */
    IssueTypeSchemeChange change(ProjectRef project, ProjectSchemes schemes, Map<String, String> typeIds) {
        IssueTypeSchemeState scheme = schemes.issueTypes();
        List<String> wanted = types.stream().map(t -> typeIds.get(t.key())).toList();
        if (scheme.jiraDefault()) {
            return new IssueTypeSchemeChange(project.key(), scheme.name(), true, wanted);
        }
        List<String> ids = new ArrayList<>(scheme.issueTypeIds());
        wanted.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return new IssueTypeSchemeChange(project.key(), scheme.name(), false, ids);
    }

    private SetupStep step(StepSink sink, ProjectRef project, StepAction action, SetupMessage why) {
        Optional<String> id = action == StepAction.ALREADY_PRESENT ? Optional.of(project.key()) : Optional.empty();
        List<String> needs = types.stream()
                .map(t -> SetupStep.ref(StepKind.ISSUE_TYPE, t.key()))
                .toList();
        return sink.step(
                StepKind.PROJECT_ISSUE_TYPES, project.key(), project.name(), action, id, why, List.of(), needs);
    }

    private static SetupMessage msg(String key, IssueTypeSchemeState scheme, String... more) {
        List<String> args = new ArrayList<>(List.of(scheme.name()));
        args.addAll(List.of(more));
        return new SetupMessage(key, args);
    }

    private static SetupMessage manual(String kind, ProjectRef project, IssueTypeSchemeState scheme, String... more) {
        List<String> args = new ArrayList<>(List.of(project.name(), project.key(), scheme.name()));
        args.addAll(List.of(more));
        return new SetupMessage("manual.project-issue-types-" + kind, args);
    }

    static String names(List<IssueTypeSpec> types) {
        return types.stream().map(IssueTypeSpec::name).collect(Collectors.joining(", "));
    }
}
