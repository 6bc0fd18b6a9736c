package com.atlassian.jira.scheme;

import com.atlassian.jira.project.Project;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira's scheme association service, the supertype of the workflow scheme
 * manager; only finding a scheme by id and changing which scheme a project uses. The checked and
 * unchecked exceptions of its other members are not stubbed ({@code getSchemeObject} declares the
 * unchecked {@code DataAccessException}).
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/scheme/SchemeManager.java",
        note =
                "Jira 6.x jira-api source copy: public interface SchemeManager; WorkflowSchemeManager extends it "
                        + "(https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/workflow/WorkflowSchemeManager.java). The three members below are @Overridden by "
                        + "cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager implements WorkflowSchemeManager (jira-api 8.8.1)")
public interface SchemeManager {

    /** The scheme with {@code id}, or null. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public Scheme getSchemeObject(Long arg0) throws DataAccessException "
                    + "(unchecked, omitted); called with a workflow scheme's getId() in condec JiraSchemeManager")
    Scheme getSchemeObject(Long id);

    /** Removes every scheme of this manager's kind from the project. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public void removeSchemesFromProject(Project arg0); Jira's own "
                    + "AssignableWorkflowSchemeMigrationHelper (6.x source) calls it, then addSchemeToProject, to "
                    + "switch a project's workflow scheme")
    void removeSchemesFromProject(Project project);

    /** Associates {@code scheme} with the project. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java",
            note = "jira-api 8.8.1: @Override public void addSchemeToProject(Project arg0, Scheme arg1); called by "
                    + "condec JiraSchemeManager.addWorkflowToWorkflowScheme")
    void addSchemeToProject(Project project, Scheme scheme);
}
