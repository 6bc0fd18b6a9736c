package io.phasegate.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.web.Condition;
import io.phasegate.core.readiness.PanelAudience;
import java.util.Map;

/**
 * Shows the Phasegate panel on the issue types listed in the condition's {@code issueTypes} param
 * (default: RFC, Technical Deep-dive, Story; {@code *} for all). The list is the module's
 * configuration, read once by {@link #init}; nothing per request is kept.
 */
public final class PhasegatePanelCondition implements Condition {
    static final String ISSUE_TYPES_PARAM = "issueTypes";

    private PanelAudience audience = PanelAudience.parse(null);

    @Override
    public void init(Map<String, String> params) {
        audience = PanelAudience.parse(params == null ? null : params.get(ISSUE_TYPES_PARAM));
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue)) {
            return false;
        }
        IssueType type = issue.getIssueType();
        return type != null && audience.includes(type.getName());
    }
}
