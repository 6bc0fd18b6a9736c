package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.SchemeManager;
import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of Jira's workflow scheme service; only reading a project's scheme, creating a
 * new scheme and (through {@link SchemeManager}) changing which scheme a project uses.
 */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
        note = "cures-hub/cures-condec-jira@fbadb34 (jira-api 8.8.1) 'MockWorkflowSchemeManager implements "
                + "WorkflowSchemeManager' @Overrides every member below; 'extends SchemeManager' per the Jira 6.x source "
                + "copy; imported as a component by atlascommunity/projectconfigurator@5a29bf4 (Jira 8.x, "
                + "@ComponentImport WorkflowSchemeManager)")
public interface WorkflowSchemeManager extends SchemeManager {

    /** The scheme the project uses (Jira's default scheme when it has none of its own); never null. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public AssignableWorkflowScheme getWorkflowSchemeObj(Project arg0); "
                    + "'Never null' per the 6.x source")
    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

    /** The scheme named {@code name}, or null. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note =
                    "jira-api 8.8.1: AssignableWorkflowScheme s = workflowSchemeManager.getWorkflowSchemeObj(scheme.getName()); "
                            + "@Override in MockWorkflowSchemeManager of the same commit")
    AssignableWorkflowScheme getWorkflowSchemeObj(String name);

    /** A builder for a new scheme; nothing is stored until {@link #createScheme}. */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/projectconfigurator/blob/5a29bf47abcacc65ca6785021c82e34bd8974857/src/main/java/ru/mail/jira/plugins/projectconfigurator/configuration/ProjectConfiguratorManager.java",
            note = "Jira 8.x: AssignableWorkflowScheme.Builder b = workflowSchemeManager.assignableBuilder(); "
                    + "condec@fbadb34 @Override public Builder assignableBuilder()")
    AssignableWorkflowScheme.Builder assignableBuilder();

    /** Stores a new scheme; returns it with its id. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note =
                    "jira-api 8.8.1: @Override public AssignableWorkflowScheme createScheme(AssignableWorkflowScheme arg0)")
    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme workflowScheme);

    /** The projects that use the scheme. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public List<Project> getProjectsUsing(AssignableWorkflowScheme arg0)")
    List<Project> getProjectsUsing(AssignableWorkflowScheme workflowScheme);

    /** Clears Jira's cache of project workflows, as Jira does after switching a project's scheme. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public void clearWorkflowCache()")
    void clearWorkflowCache();
}
