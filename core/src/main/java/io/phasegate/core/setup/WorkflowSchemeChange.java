package io.phasegate.core.setup;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Switching a project to its own workflow scheme: a copy of the scheme it uses (every mapping and
 * the default) that also maps Phasegate's issue types to the phase workflow. The replaced scheme is
 * not changed; because every issue type that has issues keeps its workflow, no issue moves.
 *
 * @param projectKey the project
 * @param replacedSchemeId the id of the scheme the project uses now (empty for Jira's default
 *     scheme when it has no id); the switch is refused if the project uses another one by then
 * @param replacedSchemeName its name
 * @param name the new scheme's name
 * @param description the new scheme's description
 * @param mappings issue type id to workflow name, without the default
 * @param defaultWorkflow the default workflow, copied from the replaced scheme
 * @param reuseSchemeId the id of an unused scheme of that name and content left by an earlier run,
 *     to associate instead of creating another
 */
public record WorkflowSchemeChange(
        String projectKey,
        Optional<String> replacedSchemeId,
        String replacedSchemeName,
        String name,
        String description,
        Map<String, String> mappings,
        Optional<String> defaultWorkflow,
        Optional<String> reuseSchemeId) {
    public WorkflowSchemeChange {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(replacedSchemeId, "replacedSchemeId");
        Objects.requireNonNull(replacedSchemeName, "replacedSchemeName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        mappings = Map.copyOf(mappings);
        Objects.requireNonNull(defaultWorkflow, "defaultWorkflow");
        Objects.requireNonNull(reuseSchemeId, "reuseSchemeId");
    }
}
