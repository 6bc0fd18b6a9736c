package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import io.phasegate.stubs.ApiSource;
import java.util.Map;

/**
 * Compile-only stub of the web fragment context provider: adds entries to a web panel's template
 * context.
 *
 * <p>Source: {@code SlackGlobalAdminDataProvider implements ContextProvider} compiled against Jira
 * 10.0.0 (atlassian-slack-integration-server@5e676f6), which overrides both members with exactly
 * these signatures; kind (interface) from the Jira Software 6.3.3 javadoc of
 * {@code AgileIssueWebPanelContextProvider} ("All Implemented Interfaces:
 * com.atlassian.plugin.web.ContextProvider").
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "web/contextproviders/SlackGlobalAdminDataProvider.java",
        note = "Jira 10.0.0: @Override init(Map<String, String>) throws PluginParseException and "
                + "Map<String, Object> getContextMap(Map<String, Object>)")
public interface ContextProvider {

    /** Called once with the module's {@code <param>} elements. */
    void init(Map<String, String> params) throws PluginParseException;

    /** The context the panel's template is rendered with. */
    Map<String, Object> getContextMap(Map<String, Object> context);
}
