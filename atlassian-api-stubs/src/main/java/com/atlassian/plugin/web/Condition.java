package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import io.phasegate.stubs.ApiSource;
import java.util.Map;

/**
 * Compile-only stub of a web fragment condition: decides whether a web panel or item is shown.
 *
 * <p>Source: {@code ShowIssuePanelCondition implements Condition} compiled against Jira 10.0.0
 * (atlassian-slack-integration-server@5e676f6), guarding the {@code atl.jira.view.issue.right.context}
 * web panel in that plugin's descriptor; it overrides both members with exactly these signatures.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "web/condition/ShowIssuePanelCondition.java",
        note = "Jira 10.0.0: @Override init(Map<String, String>) throws PluginParseException and "
                + "boolean shouldDisplay(Map<String, Object>)")
public interface Condition {

    /** Called once with the condition's {@code <param>} elements. */
    void init(Map<String, String> params) throws PluginParseException;

    /** Whether the fragment is shown for this context. */
    boolean shouldDisplay(Map<String, Object> context);
}
