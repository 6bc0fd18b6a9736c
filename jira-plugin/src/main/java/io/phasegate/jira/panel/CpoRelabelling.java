package io.phasegate.jira.panel;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.readiness.CpoRelabelCount;
import io.phasegate.core.readiness.RelatedIssues;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the CPO label of every existing RFC of a project up to date, for RFCs that had no issue
 * event since Phasegate was installed or their business lines changed. The RFCs are read page by
 * page ({@value #PAGE} at a time, never all at once) as the administrator who asked, ignoring issue
 * security so none is missed; each is corrected by {@link CpoLabels}, the same code the event
 * listener uses. One RFC that cannot be changed is counted and logged; the others go on.
 */
public final class CpoRelabelling {
    static final int PAGE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(CpoRelabelling.class);

    private final SearchService search;
    private final JiraAuthenticationContext authentication;
    private final CpoLabels cpoLabels;

    public CpoRelabelling(SearchService search, JiraAuthenticationContext authentication, CpoLabels cpoLabels) {
        this.search = search;
        this.authentication = authentication;
        this.cpoLabels = cpoLabels;
    }

    /** Why the project's RFCs could not be relabelled at all; nothing was changed. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;

        Refused(String key, String detail) {
            super(key + ": " + detail);
            this.key = key;
        }

        /** The i18n key (under {@code phasegate.admin.cpo.}) saying why. */
        public String key() {
            return key;
        }
    }

    /**
     * Corrects the label of every RFC of the project with key {@code projectKey}.
     *
     * @throws Refused when this Jira has no Business Lines field or the RFCs cannot be searched
     */
    public CpoRelabelCount relabel(String projectKey) {
        Optional<FieldRef> field = cpoLabels.field();
        if (field.isEmpty()) {
            throw new Refused("no-field", projectKey);
        }
        ApplicationUser admin = authentication.getLoggedInUser();
        Query query = query(admin, projectKey);
        CpoRelabelCount count = CpoRelabelCount.NONE;
        for (int start = 0; ; start += PAGE) {
            List<Issue> page = page(admin, query, start);
            for (Issue issue : page) {
                count = correct(admin, issue, field, count);
            }
            if (page.size() < PAGE) {
                return count;
            }
        }
    }

    private CpoRelabelCount correct(
            ApplicationUser admin, Issue issue, Optional<FieldRef> field, CpoRelabelCount count) {
        if (issue == null || issue.getId() == null || !CpoLabels.isRfc(issue)) {
            return count;
        }
        try {
            return cpoLabels.correct(admin, issue, field, count);
        } catch (RuntimeException e) {
            LOG.warn("Phasegate could not update the CPO label of {}", issue.getKey(), e);
            return count.plusFailure();
        }
    }

    private Query query(ApplicationUser admin, String projectKey) {
        // Labels do not decide which issues match, so relabelling never shifts the pages; ordered by key
        // so new RFCs created meanwhile come last.
        String jql = "project = \"" + quoted(projectKey) + "\" AND issuetype = \"" + RelatedIssues.RFC_TYPE
                + "\" ORDER BY key ASC";
        SearchService.ParseResult parsed = search.parseQuery(admin, jql);
        if (parsed == null || !parsed.isValid()) {
            LOG.warn("Phasegate could not parse its search for the RFCs of {}: {}", projectKey, jql);
            throw new Refused("no-search", jql);
        }
        return parsed.getQuery();
    }

    private List<Issue> page(ApplicationUser admin, Query query, int start) {
        try {
            List<Issue> page = search.searchOverrideSecurity(admin, query, new PagerFilter<Issue>(start, PAGE))
                    .getResults();
            return page == null ? List.of() : page;
        } catch (SearchException e) {
            LOG.warn("Phasegate could not search the RFCs to relabel", e);
            throw new Refused("no-search", String.valueOf(e.getMessage()));
        }
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
