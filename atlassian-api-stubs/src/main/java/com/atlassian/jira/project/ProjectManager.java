package com.atlassian.jira.project;

import io.phasegate.stubs.ApiSource;
import java.util.List;

/**
 * Compile-only stub of Jira's project service; only listing projects and finding one by key.
 *
 * <p>Source: blackducksoftware/blackduck-jira@a17c3d3 (Jira 7.4.5) {@code ProjectManagerMock
 * implements ProjectManager} with {@code @Override public List<Project> getProjects()} and {@code
 * @Override public Project getProjectByCurrentKey(String)}; {@code getProjects()} is called by
 * mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) and cures-hub/cures-condec-jira@fbadb34 (Jira
 * 8.20.22); {@code getProjectByCurrentKey(String)} returning {@code Project} by the Jira 10.0.0 Slack plugin.
 */
@ApiSource(
        value =
                "https://github.com/blackducksoftware/blackduck-jira/blob/a17c3d34b6a0bee6e083ffd2b5c77c08a62ad71c/src/test/java/com/blackducksoftware/integration/jira/mocks/ProjectManagerMock.java",
        note = "blackduck-jira@a17c3d3 ProjectManagerMock implements ProjectManager, Jira 7.4.5: "
                + "@Override List<Project> getProjects(), @Override Project getProjectByCurrentKey(String)")
public interface ProjectManager {

    /** Every project. */
    @ApiSource(
            value =
                    "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueServiceImpl.java",
            note = "projectManager.getProjects().stream() in a method returning List<Project>, Jira 9.4.1; "
                    + "return type List<Project> from the 7.4.5 @Override in blackduck-jira's ProjectManagerMock")
    List<Project> getProjects();

    /** The project whose current key is {@code projectKey}, or null. */
    @ApiSource(
            value =
                    "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/ConfigurationRestService.java",
            note = "final Project project = projectManager.getProjectByCurrentKey(data.projectKey), Jira 10.0.0")
    Project getProjectByCurrentKey(String projectKey);
}
