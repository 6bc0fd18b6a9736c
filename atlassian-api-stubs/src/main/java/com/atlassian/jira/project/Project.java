package com.atlassian.jira.project;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a Jira project; only its key and name.
 *
 * <p>Source: atlassian-labs/atlassian-slack-integration-server@5e676f6 (Jira 10.0.0)
 * {@code DefaultProjectConfigurationManager}: {@code new ProjectToChannelConfigurationDTO(projectId,
 * project.getKey(), project.getName(), configuration)}. Interface kind per the DAC javadoc
 * ("Project | Defines a project in JIRA"); its real supertypes are omitted.
 */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultProjectConfigurationManager.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6, Jira 10.0.0: project.getKey(), "
                + "project.getName() as Strings")
public interface Project {

    /** The project's current key, e.g. PAY. */
    String getKey();

    /** The project's name. */
    String getName();
}
