package io.phasegate.core.setup;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The schemes of the project set-up is for, read from the instance before planning.
 *
 * @param issueTypes the project's issue type scheme
 * @param workflows the project's workflow scheme
 * @param phasegateScheme the workflow scheme named as Phasegate names the project's own scheme
 *     ({@link SetupPlanner#workflowSchemeName(String)}), if one exists (for example left by a run
 *     that failed before switching the project to it)
 * @param issueCounts for each of Phasegate's issue types that exists (by id), how many issues of
 *     that type the project has; a type missing here could not be counted
 */
public record ProjectSchemes(
        IssueTypeSchemeState issueTypes,
        WorkflowSchemeState workflows,
        Optional<WorkflowSchemeState> phasegateScheme,
        Map<String, Long> issueCounts) {
    public ProjectSchemes {
        Objects.requireNonNull(issueTypes, "issueTypes");
        Objects.requireNonNull(workflows, "workflows");
        Objects.requireNonNull(phasegateScheme, "phasegateScheme");
        issueCounts = Map.copyOf(issueCounts);
    }
}
