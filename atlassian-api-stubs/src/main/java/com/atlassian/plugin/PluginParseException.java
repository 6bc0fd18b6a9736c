package com.atlassian.plugin;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of the exception a module's {@code init} may throw.
 *
 * <p>Source: the {@code throws com.atlassian.plugin.PluginParseException} clauses of
 * {@code ContextProvider.init} and {@code Condition.init} implementations compiled against Jira
 * 10.0.0 (atlassian-slack-integration-server@5e676f6, {@code ShowIssuePanelCondition.java},
 * {@code SlackGlobalAdminDataProvider.java}), and the Jira Software 6.3 javadoc of
 * {@code AgileIssueWebPanelContextProvider}. Kind (unchecked, a {@code RuntimeException}) from the
 * same javadoc, where callers need not catch it. The real supertype {@code PluginException} and the
 * constructors are omitted: Phasegate neither throws nor catches it; a private constructor hides
 * the implicit public one.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "web/condition/ShowIssuePanelCondition.java",
        note = "Jira 10.0.0: named in the throws clause of Condition.init; supertype PluginException and "
                + "constructors omitted (never thrown or caught by Phasegate)")
public class PluginParseException extends RuntimeException {
    private PluginParseException() {}
}
