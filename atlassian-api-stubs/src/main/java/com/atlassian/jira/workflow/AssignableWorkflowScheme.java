package com.atlassian.jira.workflow;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a workflow scheme that can be assigned to projects (not a draft).
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/workflow/AssignableWorkflowScheme.java",
        note = "Jira 6.x jira-api source copy (since 5.2): public interface AssignableWorkflowScheme extends "
                + "WorkflowScheme, nested Builder extends WorkflowScheme.Builder<Builder>; implemented anonymously with "
                + "@Override in cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager (jira-api 8.8.1)")
public interface AssignableWorkflowScheme extends WorkflowScheme {

    /** Builds a new assignable scheme. */
    @ApiSource(
            value =
                    "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/workflow/AssignableWorkflowScheme.java",
            note = "6.x source: public interface Builder extends WorkflowScheme.Builder<Builder>; the anonymous "
                    + "'new AssignableWorkflowScheme.Builder() {...}' of condec@fbadb34 MockWorkflowSchemeManager "
                    + "(jira-api 8.8.1) @Overrides the setters of both interfaces")
    interface Builder extends WorkflowScheme.Builder<Builder> {

        /** Sets the scheme's name. */
        @ApiSource(
                value =
                        "https://github.com/atlascommunity/projectconfigurator/blob/5a29bf47abcacc65ca6785021c82e34bd8974857/src/main/java/ru/mail/jira/plugins/projectconfigurator/configuration/ProjectConfiguratorManager.java",
                note = "atlascommunity/projectconfigurator@5a29bf4 (parent io.github.atlascommunity:parent 2.1.12, "
                        + "Jira 8.x): assignableWorkflowSchemeBuilder.setName(...); condec@fbadb34 @Override public "
                        + "Builder setName(String arg0)")
        Builder setName(String name);

        /** Sets the scheme's description. */
        @ApiSource(
                value =
                        "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
                note = "jira-api 8.8.1: @Override public Builder setDescription(String arg0)")
        Builder setDescription(String description);

        /** The scheme described so far (not stored yet). */
        @ApiSource(
                value =
                        "https://github.com/atlascommunity/projectconfigurator/blob/5a29bf47abcacc65ca6785021c82e34bd8974857/src/main/java/ru/mail/jira/plugins/projectconfigurator/configuration/ProjectConfiguratorManager.java",
                note = "Jira 8.x: workflowSchemeService.createScheme(user, assignableWorkflowSchemeBuilder.build()); "
                        + "condec@fbadb34 @Override public AssignableWorkflowScheme build()")
        AssignableWorkflowScheme build();
    }
}
