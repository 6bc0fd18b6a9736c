package io.phasegate.jira.panel;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.phasegate.core.readiness.Fix;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Jira pages where a user fixes a checklist item or opens a linked issue, as links relative to
 * the server ({@code /jira/browse/PG-2}): they sit on a Jira page, so they keep working whichever
 * host name or proxy the user reached Jira through.
 */
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

    /**
     * Jira's context path ({@code /jira}, or empty at the server root), taken from the canonical base
     * URL. SAL's {@code UrlMode.RELATIVE_CANONICAL} gives the same, but no public source for it on
     * Jira 9/10 was found for the API stub, so the path is cut from {@code CANONICAL}.
     */
    private String base() {
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        if (base == null || base.isBlank()) {
            return "";
        }
        String path;
        try {
            path = URI.create(base.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
