package com.atlassian.jira.workflow;

import io.phasegate.stubs.ApiSource;
import java.util.Map;

/**
 * Compile-only stub of a workflow scheme: which workflow each issue type uses.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/workflow/WorkflowScheme.java",
        note = "Jira 6.x jira-api source copy: public interface WorkflowScheme with the nested generic "
                + "Builder<T extends Builder<T>>; its members are @Overridden by the anonymous AssignableWorkflowScheme "
                + "in cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager (jira-api 8.8.1)")
public interface WorkflowScheme {

    /** The scheme's id; null only when not stored. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public Long getId()")
    Long getId();

    /** The scheme's name. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public String getName()")
    String getName();

    /** Whether this is Jira's system default workflow scheme. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public boolean isDefault()")
    boolean isDefault();

    /**
     * Issue type id to workflow name; the {@code null} key holds the configured default workflow
     * (Jira 6.x source javadoc).
     */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public Map<String, String> getMappings(); null-key contract from the "
                    + "6.x source copy")
    Map<String, String> getMappings();

    /** The default workflow as stored, or null when none is configured. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note =
                    "jira-api 8.8.1: @Override public String getConfiguredDefaultWorkflow(); null contract from the 6.x source")
    String getConfiguredDefaultWorkflow();

    /** The workflow issues of {@code issueTypeId} use under this scheme; never null. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note =
                    "jira-api 8.8.1: @Override public String getActualWorkflow(String arg0); 'Never null' per the 6.x source")
    String getActualWorkflow(String issueTypeId);

    /**
     * Changes a workflow scheme; each setter returns the builder.
     *
     * @param <T> the concrete builder
     */
    @ApiSource(
            value =
                    "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/workflow/WorkflowScheme.java",
            note =
                    "6.x source: public interface Builder<T extends Builder<T>> declaring setDefaultWorkflow, setMapping, "
                            + "setMappings returning T (erased to WorkflowScheme.Builder); the three are @Overridden by the "
                            + "anonymous AssignableWorkflowScheme.Builder of condec@fbadb34 MockWorkflowSchemeManager (jira-api 8.8.1)")
    interface Builder<T extends Builder<T>> {

        /** Sets the scheme's default workflow. */
        @ApiSource(
                value =
                        "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
                note = "jira-api 8.8.1: @Override public Builder setDefaultWorkflow(String arg0)")
        T setDefaultWorkflow(String workflowName);

        /** Maps one issue type to a workflow. */
        @ApiSource(
                value =
                        "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
                note = "jira-api 8.8.1: @Override public Builder setMapping(String arg0, String arg1); called as "
                        + "builder.setMapping(issueType.getId(), workflow.getName()) by condec JiraSchemeManager and "
                        + "atlascommunity/projectconfigurator@5a29bf4 (Jira 8.x)")
        T setMapping(String issueTypeId, String workflowName);

        /** Replaces the issue type to workflow mappings. */
        @ApiSource(
                value =
                        "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
                note = "jira-api 8.8.1: @Override public Builder setMappings(Map<String, String> arg0)")
        T setMappings(Map<String, String> mappings);
    }
}
