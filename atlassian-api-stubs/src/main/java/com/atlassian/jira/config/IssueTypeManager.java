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
            value = "https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/"
                    + "src/main/java/testIT/jira/testcase/TestCaseIssueType.java",
            note = "testit-tms/jira-plugin@987b3c2, built against Jira 11.3.6 (pom.xml default) and Jira 8.20.30 "
                    + "(profile jira912): cachedIssueType = issueTypeManager.createIssueType(ISSUE_TYPE_NAME, "
                    + "ISSUE_TYPE_DESCRIPTION, avatarId) with Long avatarId and an IssueType field; also "
                    + "cures-hub/cures-condec-jira@fbadb34 JiraSchemeManager (jira-api 8.8.1). No 10.x page")
    IssueType createIssueType(String name, String description, Long avatarId);
}
