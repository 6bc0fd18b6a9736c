package io.phasegate.core.setup;

import java.util.List;
import java.util.Map;

/**
 * What the executor asks the host (Jira) to create. Each method creates one thing and returns its
 * id, or throws {@link SetupFailure} (or any runtime exception) leaving nothing half-made that a
 * later run could not detect.
 */
public interface SetupPort {
    /** Creates the issue type; returns its id. */
    String createIssueType(IssueTypeSpec spec);

    /** Creates the custom field in a global context for all issue types; returns its id. */
    String createField(FieldSpec spec);

    /** Adds {@code options}, in order, to the select field {@code fieldId}'s global context. */
    void addOptions(String fieldId, List<String> options);

    /** Creates the status; returns its id. */
    String createStatus(StatusSpec spec);

    /**
     * Creates the screen with its tabs and fields, in order; returns its id. When a screen of that
     * name exists (an earlier run stopped half-way), adds the tabs and fields it lacks instead,
     * never removing or moving anything.
     *
     * @param fieldIds Jira id of each field key on the screen
     */
    String createScreen(ScreenSpec spec, Map<String, String> fieldIds);

    /**
     * Creates the screen scheme with {@code screenId} as its default screen; returns its id. When a
     * scheme of that name exists without a default screen, gives it {@code screenId} instead.
     */
    String createScreenScheme(ScreenSchemeSpec spec, String screenId);

    /**
     * Gives the project its own issue type screen scheme: creates (or, when it exists, completes)
     * the scheme named in {@code change} with every entry of the project's current scheme plus
     * {@code change.mappings()}, adding only entries it lacks, and associates it with the project
     * instead of the current one, which is left unchanged. Returns the scheme's id.
     */
    String assignProjectScreens(ProjectScreens change);

    /** Creates an inactive workflow from Jira workflow XML; returns its name. */
    String createWorkflow(String name, String description, String workflowXml);

    /**
     * Makes the project offer the issue types as {@code change} says (or checks that it does);
     * returns the issue type scheme's name. Hosts that do not automate it refuse.
     */
    default String changeIssueTypeScheme(IssueTypeSchemeChange change) {
        throw new SetupFailure(
                SetupMessage.of("failure.not-automated", StepKind.PROJECT_ISSUE_TYPES.name(), change.projectKey()),
                null);
    }

    /**
     * Switches the project to its own workflow scheme as {@code change} says, leaving the replaced
     * scheme unchanged; returns the new scheme's id. Hosts that do not automate it refuse.
     */
    default String switchWorkflowScheme(WorkflowSchemeChange change) {
        throw new SetupFailure(
                SetupMessage.of("failure.not-automated", StepKind.PROJECT_WORKFLOW.name(), change.projectKey()), null);
    }
}
