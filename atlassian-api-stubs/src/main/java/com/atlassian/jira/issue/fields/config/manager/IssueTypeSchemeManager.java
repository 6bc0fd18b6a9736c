package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of Jira's issue type scheme service; only reading a project's scheme and
 * replacing the issue types a scheme offers.
 */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueTypeSchemeManager.java",
        note = "cures-hub/cures-condec-jira@fbadb34 (jira-api 8.8.1) 'MockIssueTypeSchemeManager implements "
                + "IssueTypeSchemeManager' @Overrides every member below; @ComponentImport IssueTypeSchemeManager in "
                + "mailru/jira-plugins-mrimsender@12bdf7f IssueServiceImpl (Jira 9.4.1)")
public interface IssueTypeSchemeManager {

    /** The issue type scheme the project uses. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "jira-api 8.8.1: FieldConfigScheme configScheme = issueTypeSchemeManager.getConfigScheme(project); "
                    + "@Override public FieldConfigScheme getConfigScheme(Project arg0) in the mock")
    FieldConfigScheme getConfigScheme(Project project);

    /** The issue types the project offers (those of its scheme); never null. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "jira-api 8.8.1: issueTypeSchemeManager.getIssueTypesForProject(project).contains(jiraIssueType); "
                    + "@Override public Collection<IssueType> getIssueTypesForProject(Project project)")
    Collection<IssueType> getIssueTypesForProject(Project project);

    /** Whether {@code scheme} is Jira's default issue type scheme, which every new issue type joins. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueTypeSchemeManager.java",
            note = "jira-api 8.8.1: @Override public boolean isDefaultIssueTypeScheme(FieldConfigScheme arg0)")
    boolean isDefaultIssueTypeScheme(FieldConfigScheme scheme);

    /** Replaces the issue types {@code scheme} offers by {@code optionIds} (issue type ids). */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note =
                    "jira-api 8.8.1: issueTypeSchemeManager.update(configScheme, options.getOptionIds()) with the old ids "
                            + "plus the new one; @Override public FieldConfigScheme update(FieldConfigScheme arg0, "
                            + "Collection<String> arg1) in the mock")
    FieldConfigScheme update(FieldConfigScheme scheme, Collection<String> optionIds);
}
