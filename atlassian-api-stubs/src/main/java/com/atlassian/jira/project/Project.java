package com.atlassian.jira.project;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a Jira project. Only the member Phasegate reads is declared.
 *
 * <p>Source: Atlassian's Slack plugin compiled against Jira 10.0.0 reads {@code project.getKey()}
 * ({@code manager/impl/DefaultProjectConfigurationManager.java}); interface per
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/Project.html.
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultProjectConfigurationManager.java",
        note = "Slack plugin @5e676f6, Jira 10.0.0: project.getKey(); interface per Jira 7.x javadoc")
public interface Project {
    /** The project's key, such as PG. */
    String getKey();
}
