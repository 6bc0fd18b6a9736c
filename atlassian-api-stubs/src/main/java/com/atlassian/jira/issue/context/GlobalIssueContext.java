package com.atlassian.jira.issue.context;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the global custom field context. In Jira it is a {@code @PublicApi} class
 * extending {@code AbstractJiraContext} (omitted: none of its members are used) with a private
 * constructor and the static factory below.
 */
@ApiSource(
        value =
                "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/context/GlobalIssueContext.java",
        note = "Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28): @PublicApi public class "
                + "GlobalIssueContext extends AbstractJiraContext; Jira 7.1.9 javadoc lists it as a class")
public class GlobalIssueContext {

    private GlobalIssueContext() {
        // compile-only stub
    }

    /** The one global context: all projects. */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/jira-plugins-groovy/blob/ef39c5118d1b36aac531c9d03ba06aeaa03ead2e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlInitializer.java",
            note = "Declared 'public static JiraContextNode getInstance()' in the Jira 6.x jira-api source copy "
                    + "(turgaycelik/mysource@ee01e28, GlobalIssueContext.java, since 6.1); called as "
                    + "ImmutableList.of(GlobalIssueContext.getInstance()) for a List<JiraContextNode> argument by "
                    + "Jira 8.13.1-compiled groovy@ef39c51 JqlInitializer.java. The declared return type is not "
                    + "visible in 8+ code: re-check against a Jira 10 jar first")
    public static JiraContextNode getInstance() {
        throw new IllegalStateException("stub");
    }
}
