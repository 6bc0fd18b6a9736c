package io.phasegate.jira.panel;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.phasegate.core.readiness.Fix;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Jira pages where a user fixes a checklist item or opens a linked issue. */
public final class PanelLinks {
    private final ApplicationProperties application;

    public PanelLinks(ApplicationProperties application) {
        this.application = application;
    }

    /** The page that fixes the item on the issue with this id; empty for nothing to do here. */
    String fix(Fix fix, Long issueId) {
        if (issueId == null) {
            return "";
        }
        return switch (fix) {
            case EDIT_ISSUE -> base() + "/secure/EditIssue!default.jspa?id=" + issueId;
            case LINK_ISSUE -> base() + "/secure/LinkJiraIssue!default.jspa?id=" + issueId;
            case CREATE_SUBTASK -> base() + "/secure/CreateSubTaskIssue!default.jspa?parentIssueId=" + issueId;
            case NONE, ASK_ADMIN -> "";
        };
    }

    String browse(String issueKey) {
        return base() + "/browse/" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8);
    }

    private String base() {
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        if (base == null) {
            return "";
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
