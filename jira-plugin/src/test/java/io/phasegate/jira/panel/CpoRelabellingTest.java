package io.phasegate.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.phasegate.core.readiness.CpoRelabelCount;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.testing.JiraDoubles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Relabelling a project's existing RFCs over Mockito'd search and label services, page by page. */
class CpoRelabellingTest {
    private static final String LABEL = "phasegate-cpo-coordinated";
    private static final String JQL = "project = \"PAY\" AND issuetype = \"RFC\" ORDER BY key ASC";

    private final SearchService search = mock(SearchService.class);
    private final LabelManager labels = mock(LabelManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final Query query = mock(Query.class);
    private final CustomField lines = JiraDoubles.customField("customfield_10200", "Business Lines");
    private CpoRelabelling relabelling;

    @BeforeEach
    void setUp() {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLoggedInUser()).thenReturn(admin);
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(lines));
        when(customFields.getCustomFieldObject("customfield_10200")).thenReturn(lines);
        when(search.parseQuery(admin, JQL)).thenReturn(new SearchService.ParseResult(query, null));
        relabelling = CpoRelabellingTest.relabelling(search, labels, customFields, authentication);
    }

    /** The real relabelling over these doubles. */
    static CpoRelabelling relabelling(
            SearchService search,
            LabelManager labels,
            CustomFieldManager customFields,
            JiraAuthenticationContext authentication) {
        return new CpoRelabelling(
                search,
                authentication,
                new CpoLabels(
                        labels,
                        new JiraIssueSnapshots(customFields, mock(IssueLinkManager.class)),
                        new BusinessLinesField(customFields)));
    }

    private Issue rfc(long id, List<String> businessLines, String... labelNames) {
        Issue issue = JiraDoubles.issue(Long.valueOf(id), "PAY-" + id, "RFC", "RFC", "new");
        List<Option> options =
                businessLines.stream().map(CpoRelabellingTest::option).toList();
        when(issue.getCustomFieldValue(lines)).thenReturn(options.isEmpty() ? null : options);
        Set<Label> set = new java.util.HashSet<>();
        for (String name : labelNames) {
            set.add(new Label(1L, id, name));
        }
        when(issue.getLabels()).thenReturn(set);
        return issue;
    }

    @SafeVarargs
    private void pages(List<Issue>... pages) throws SearchException {
        var stubbing = when(search.searchOverrideSecurity(eq(admin), eq(query), any(PagerFilter.class)));
        for (List<Issue> page : pages) {
            stubbing = stubbing.thenReturn(new SearchResults<>(page, 0, CpoRelabelling.PAGE, 0));
        }
    }

    @Test
    void labelsTwoLineRfcsRemovesTheLabelBelowTwoAndLeavesRightOnesAlone() throws Exception {
        pages(List.of(
                rfc(1, List.of("Retail", "Wholesale"), "growth"),
                rfc(2, List.of("Retail"), LABEL),
                rfc(3, List.of("Retail", "Wholesale"), LABEL),
                rfc(4, List.of())));

        CpoRelabelCount count = relabelling.relabel("PAY");

        assertThat(count).isEqualTo(new CpoRelabelCount(4, 1, 1, 0));
        verify(labels).setLabels(admin, 1L, Set.of("growth", LABEL), false, true);
        verify(labels).setLabels(admin, 2L, Set.of(), false, true);
        verify(labels, times(2)).setLabels(any(), anyLong(), anySet(), anyBoolean(), anyBoolean());
    }

    @Test
    void readsTheRfcsPageByPageUntilAShortPage() throws Exception {
        List<Issue> full = new ArrayList<>();
        for (int i = 0; i < CpoRelabelling.PAGE; i++) {
            full.add(rfc(1000 + i, List.of("Retail", "Wholesale"), LABEL));
        }
        pages(full, List.of(rfc(5, List.of("Retail", "Wholesale"))));

        CpoRelabelCount count = relabelling.relabel("PAY");

        assertThat(count.examined()).isEqualTo(CpoRelabelling.PAGE + 1);
        assertThat(count.added()).isEqualTo(1);
        verify(search, times(2)).searchOverrideSecurity(eq(admin), eq(query), any(PagerFilter.class));
    }

    @Test
    void oneRfcThatCannotBeChangedIsCountedAndTheOthersGoOn() throws Exception {
        pages(List.of(rfc(1, List.of("Retail", "Wholesale")), rfc(2, List.of("Retail", "Wholesale"))));
        when(labels.setLabels(eq(admin), eq(1L), anySet(), anyBoolean(), anyBoolean()))
                .thenThrow(new IllegalStateException("issue locked"));

        CpoRelabelCount count = relabelling.relabel("PAY");

        assertThat(count).isEqualTo(new CpoRelabelCount(2, 1, 0, 1));
        verify(labels).setLabels(admin, 2L, Set.of(LABEL), false, true);
    }

    @Test
    void withoutABusinessLinesFieldNothingIsSearchedOrChanged() throws Exception {
        when(customFields.getCustomFieldObjects()).thenReturn(List.of());

        assertThatThrownBy(() -> relabelling.relabel("PAY"))
                .isInstanceOfSatisfying(
                        CpoRelabelling.Refused.class, e -> assertThat(e.key()).isEqualTo("no-field"));
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
        verify(labels, never()).setLabels(any(), anyLong(), anySet(), anyBoolean(), anyBoolean());
    }

    @Test
    void aSearchJiraRefusesChangesNothing() throws Exception {
        when(search.searchOverrideSecurity(eq(admin), eq(query), any(PagerFilter.class)))
                .thenThrow(new SearchException());

        assertThatThrownBy(() -> relabelling.relabel("PAY"))
                .isInstanceOfSatisfying(
                        CpoRelabelling.Refused.class, e -> assertThat(e.key()).isEqualTo("no-search"));
        verify(labels, never()).setLabels(any(), anyLong(), anySet(), anyBoolean(), anyBoolean());
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(value);
        return option;
    }
}
