package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the per-request user/locale context.
 *
 * <p>Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/util/changelog/ChangeLogExtractor.java
 * (Jira 10.0.0; {@code I18nHelper i18nHelper = jiraAuthenticationContext.getI18nHelper()}), and
 * {@code SlackMessageResource.java} in the same commit ({@code final ApplicationUser user =
 * authenticationContext.getLoggedInUser()}). Interface kind per
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "util/changelog/ChangeLogExtractor.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6, Jira 10.0.0: getI18nHelper() in "
                + "ChangeLogExtractor.java, getLoggedInUser() -> ApplicationUser in SlackMessageResource.java; "
                + "@PublicApi interface per DAC javadoc")
public interface JiraAuthenticationContext {

    /** The logged-in user, or null for anonymous access. */
    @ApiSource(
            value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                    + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                    + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                    + "web/rest/SlackMessageResource.java",
            note = "final ApplicationUser user = authenticationContext.getLoggedInUser(), Jira 10.0.0")
    ApplicationUser getLoggedInUser();

    /** An {@link I18nHelper} for the current user's locale. */
    I18nHelper getI18nHelper();
}
