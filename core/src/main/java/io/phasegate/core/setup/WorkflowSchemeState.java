package io.phasegate.core.setup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow scheme as set-up sees it.
 *
 * @param id the scheme's id; empty for Jira's default scheme when Jira gives it none
 * @param name the scheme's name
 * @param jiraDefault whether it is Jira's default workflow scheme
 * @param mappings issue type id to workflow name, without the default
 * @param defaultWorkflow the workflow configured for every other issue type, if any
 * @param projects the names of the projects that use it
 */
public record WorkflowSchemeState(
        Optional<String> id,
        String name,
        boolean jiraDefault,
        Map<String, String> mappings,
        Optional<String> defaultWorkflow,
        List<String> projects) {
    public WorkflowSchemeState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        mappings = Map.copyOf(mappings);
        Objects.requireNonNull(defaultWorkflow, "defaultWorkflow");
        projects = List.copyOf(projects);
    }

    /** The workflow issues of {@code issueTypeId} get under this scheme, when the scheme says. */
    public Optional<String> workflowFor(String issueTypeId) {
        return Optional.ofNullable(mappings.get(issueTypeId)).or(() -> defaultWorkflow);
    }
}
