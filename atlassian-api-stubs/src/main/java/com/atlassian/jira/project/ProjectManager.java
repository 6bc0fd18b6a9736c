package com.atlassian.jira.project;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of Jira's project lookup. Only the member Phasegate calls is declared.
 *
 * <p>Source: Atlassian's Slack plugin compiled against Jira 10.0.0:
 * {@code final Project project = projectManager.getProjectByCurrentKey(projectKey);}
 * ({@code web/actions/SlackEditProjectSettings.java}); null when no project has the key.
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/actions/SlackEditProjectSettings.java",
        note = "Slack plugin @5e676f6, Jira 10.0.0: Project getProjectByCurrentKey(String); interface per"
                + " docs.atlassian.com/jira/latest ProjectManager")
public interface ProjectManager {
    /** The project whose current key this is, or null. */
    Project getProjectByCurrentKey(String projectKey);
}
