package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import io.phasegate.stubs.ApiSource;
import java.util.Collection;

/**
 * Compile-only stub of the issue type service; only the lookup Phasegate's set-up uses.
 *
 * <p>Source: cures-hub/cures-condec-jira@fbadb34 (Jira 8.20.22) {@code MockIssueTypeManager implements
 * IssueTypeManager} with {@code @Override getIssueTypes()}, and {@code JiraSchemeManager} calling it.
 */
@ApiSource(
        value =
                "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueTypeManager.java",
        note = "cures-hub/cures-condec-jira@fbadb34 MockIssueTypeManager implements IssueTypeManager, Jira 8.20.22 "
                + "(pom jira.version); package also imported by the Jira 10.0.0 Slack plugin's ComponentImports")
public interface IssueTypeManager {

    /** All issue types, sub-task types included. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "Collection<IssueType> types = issueTypeManager.getIssueTypes(), Jira 8.20.22; @Override in "
                    + "MockIssueTypeManager of the same commit")
    Collection<IssueType> getIssueTypes();

    /**
     * Creates a standard (not sub-task) issue type.
     *
     * @param avatarId the id of its icon's avatar
     */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/config/JiraSchemeManager.java",
            note = "cures-hub/cures-condec-jira@fbadb34 (jira-api 8.8.1): newIssueType = issueTypeManager"
                    + ".createIssueType(name, name, issueAvatar.getId()); its MockIssueTypeManager @Overrides "
                    + "'public IssueType createIssueType(String name, String description, Long id)'")
    IssueType createIssueType(String name, String description, Long avatarId);
}
