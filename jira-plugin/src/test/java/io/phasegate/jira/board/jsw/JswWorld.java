package io.phasegate.jira.board.jsw;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.greenhopper.model.rapid.Column;
import com.atlassian.greenhopper.model.rapid.ColumnConfig;
import com.atlassian.greenhopper.model.rapid.EstimationConfig;
import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.view.RapidViewConfigManager;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.greenhopper.service.sprint.Sprint;
import com.atlassian.greenhopper.service.sprint.SprintManager;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import io.phasegate.jira.board.BoardIssueSearch;
import io.phasegate.jira.board.BoardJiraServices;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.testing.JiraDoubles;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.time.DateTime;

/**
 * A Jira with Jira Software, every service a Mockito double of its real interface: board 7 "PG board"
 * (filter 100, project PG) with columns To Do | In Progress | Done | Archive (empty), story points in
 * customfield_10016, sprint 9 closed, 10 active, 11 future. Tests add issues with {@link #issue}.
 */
public final class JswWorld {
    public static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    public static final Instant NOW = MONDAY.plusSeconds(3 * 86_400L);

    /** Jira Software's board service: it hands board 7 to every user unless a test says otherwise. */
    public final RapidViewService boards = mock(RapidViewService.class);
    /** Jira's request context; {@link #reader} is logged in unless a test logs them out. */
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);

    public final ApplicationUser reader = mock(ApplicationUser.class);
    final RapidViewConfigManager configs = mock(RapidViewConfigManager.class);
    final SprintManager sprints = mock(SprintManager.class);
    final ConstantsManager constants = mock(ConstantsManager.class);
    final SearchService search = mock(SearchService.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final ChangeHistoryManager changelogs = mock(ChangeHistoryManager.class);
    final CustomField storyPoints = JiraDoubles.customField("customfield_10016", "Story Points");
    final CustomField sprintField = JiraDoubles.customField("customfield_10020", "Sprint");
    final CustomField flaggedField = JiraDoubles.customField("customfield_10021", "Flagged");
    final Map<String, Status> statuses = new LinkedHashMap<>();
    final Map<Long, Sprint> sprintsById = new LinkedHashMap<>();
    final List<Issue> issues = new ArrayList<>();
    final RapidView board = mock(RapidView.class);
    public final Project project = mock(Project.class);

    public JswWorld() throws SearchException {
        status("1", "To Do", "new");
        status("3", "In Progress", "indeterminate");
        status("10001", "Done", "done");
        status("10002", "Waiting", "indeterminate");
        lenient().when(constants.getStatuses()).thenAnswer(inv -> new ArrayList<>(statuses.values()));
        lenient().when(board.getId()).thenReturn(7L);
        lenient().when(board.getName()).thenReturn("PG board");
        lenient().when(board.getSavedFilterId()).thenReturn(100L);
        ServiceOutcome<RapidView> found = ok(board);
        ServiceOutcome<RapidView> missing = invalid();
        ServiceOutcome<List<RapidView>> all = ok(List.of(board));
        lenient().when(boards.getRapidView(any(), eq(7L))).thenReturn(found);
        lenient().when(boards.getRapidView(any(), eq(8L))).thenReturn(missing);
        lenient().when(boards.getRapidViews(any())).thenReturn(all);
        lenient().when(authentication.getLoggedInUser()).thenReturn(reader);
        columns(column("To Do", "1"), column("In Progress", "3"), column("Done", "10001"), column("Archive"));
        estimation(new EstimationConfig(EstimationConfig.Type.JIRA_FIELD, storyPoints));
        sprint(9, Sprint.State.CLOSED, MONDAY.minusSeconds(14 * 86_400L), MONDAY.minusSeconds(3 * 86_400L));
        sprint(10, Sprint.State.ACTIVE, MONDAY, null);
        sprint(11, Sprint.State.FUTURE, null, null);
        lenient()
                .when(sprints.getSprintsForView(7L, EnumSet.allOf(Sprint.State.class)))
                .thenAnswer(inv -> ok(List.copyOf(sprintsById.values())));
        lenient().when(customFields.getCustomFieldObject("customfield_10016")).thenReturn(storyPoints);
        lenient().when(customFields.getCustomFieldObjectsByName("Sprint")).thenReturn(List.of(sprintField));
        lenient().when(customFields.getCustomFieldObjectsByName("Flagged")).thenReturn(List.of(flaggedField));
        lenient().when(project.getKey()).thenReturn("PG");
        Query query = mock(Query.class);
        MessageSet none = mock(MessageSet.class);
        lenient()
                .when(search.parseQuery(isNull(), anyString()))
                .thenAnswer(inv ->
                        new SearchService.ParseResult(inv.getArgument(1).equals("filter = 100") ? query : null, none));
        lenient()
                .when(search.searchOverrideSecurity(isNull(), eq(query), any()))
                .thenAnswer(inv -> results());
    }

    public JswBoards boards() {
        return new JswBoards(boards, authentication, configs, sprints, services());
    }

    BoardJiraServices services() {
        return new BoardJiraServices(
                constants,
                new BoardIssueSearch(search),
                customFields,
                changelogs,
                new JiraIssueSnapshots(customFields, mock(IssueLinkManager.class)));
    }

    void columns(Column... columns) {
        ColumnConfig config = mock(ColumnConfig.class);
        lenient().when(config.getColumns()).thenReturn(List.of(columns));
        lenient().when(configs.getColumnConfig(board)).thenReturn(config);
    }

    void estimation(EstimationConfig config) {
        lenient().when(configs.getEstimationConfig(board)).thenReturn(config);
    }

    static Column column(String name, String... statusIds) {
        Column column = mock(Column.class);
        lenient().when(column.getName()).thenReturn(name);
        lenient().when(column.getStatusIds()).thenReturn(List.of(statusIds));
        return column;
    }

    Status status(String id, String name, String categoryKey) {
        Status status = mock(Status.class);
        lenient().when(status.getId()).thenReturn(id);
        lenient().when(status.getName()).thenReturn(name);
        StatusCategory category = mock(StatusCategory.class);
        lenient().when(category.getKey()).thenReturn(categoryKey);
        lenient().when(status.getStatusCategory()).thenReturn(category);
        statuses.put(id, status);
        return status;
    }

    public Sprint sprint(long id, Sprint.State state, Instant start, Instant complete) {
        Sprint sprint = mock(Sprint.class);
        lenient().when(sprint.getId()).thenReturn(id);
        lenient().when(sprint.getName()).thenReturn("Sprint " + id);
        lenient().when(sprint.getState()).thenReturn(state);
        lenient().when(sprint.getRapidViewId()).thenReturn(7L);
        if (start != null) {
            lenient().when(sprint.getStartDate()).thenReturn(time(start.minusSeconds(3_600)));
            lenient().when(sprint.getActivatedDate()).thenReturn(time(start));
            lenient().when(sprint.getEndDate()).thenReturn(time(start.plusSeconds(11 * 86_400L)));
        }
        if (complete != null) {
            lenient().when(sprint.getCompleteDate()).thenReturn(time(complete));
        }
        sprintsById.put(id, sprint);
        return sprint;
    }

    /** A story of project PG created two days before Monday, in the given sprints, with a changelog. */
    public Issue issue(String key, String status, Double points, List<Long> inSprints, List<ChangeHistory> history) {
        Issue issue = JiraDoubles.issue((long) issues.size() + 1, key, "Story", status, "new");
        Status current = statuses.values().stream()
                .filter(s -> s.getName().equals(status))
                .findFirst()
                .orElseGet(() -> status("99" + issues.size(), status, "new"));
        lenient().when(issue.getStatus()).thenReturn(current);
        lenient().when(issue.getCreated()).thenReturn(Timestamp.from(MONDAY.minusSeconds(2 * 86_400L)));
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issue.getCustomFieldValue(storyPoints)).thenReturn(points);
        Collection<Sprint> in = inSprints.stream().map(sprintsById::get).toList();
        lenient().when(issue.getCustomFieldValue(sprintField)).thenReturn(in.isEmpty() ? null : in);
        lenient().when(changelogs.getChangeHistories(issue)).thenReturn(history);
        issues.add(issue);
        return issue;
    }

    void resolved(Issue issue, String resolution) {
        Resolution done = mock(Resolution.class);
        lenient().when(done.getName()).thenReturn(resolution);
        lenient().when(issue.getResolution()).thenReturn(done);
    }

    public void assigned(Issue issue, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        lenient().when(user.getDisplayName()).thenReturn(displayName);
        lenient().when(issue.getAssignee()).thenReturn(user);
    }

    /** One changelog entry at {@code at} with the given items. */
    public static ChangeHistory entry(Instant at, ChangeItemBean... items) {
        ChangeHistory entry = mock(ChangeHistory.class);
        lenient().when(entry.getTimePerformed()).thenReturn(Timestamp.from(at));
        lenient().when(entry.getChangeItemBeans()).thenReturn(List.of(items));
        return entry;
    }

    public static ChangeItemBean item(String field, String from, String fromString, String to, String toString) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        lenient().when(item.getField()).thenReturn(field);
        lenient().when(item.getFrom()).thenReturn(from);
        lenient().when(item.getFromString()).thenReturn(fromString);
        lenient().when(item.getTo()).thenReturn(to);
        lenient().when(item.getToString()).thenReturn(toString);
        return item;
    }

    public static Instant day(int day) {
        return MONDAY.plusSeconds(86_400L * day);
    }

    private SearchResults<Issue> results() {
        return new SearchResults<>(List.copyOf(issues), issues.size(), issues.size(), 0);
    }

    static DateTime time(Instant instant) {
        return new DateTime(instant.toEpochMilli());
    }

    static <T> ServiceOutcome<T> ok(T value) {
        @SuppressWarnings("unchecked")
        ServiceOutcome<T> outcome = mock(ServiceOutcome.class);
        lenient().when(outcome.isValid()).thenReturn(true);
        lenient().when(outcome.getValue()).thenReturn(value);
        return outcome;
    }

    /** Jira Software keeps board 7 from {@code user}: an invalid outcome, as for a board that does not exist. */
    public void hidesBoardFrom(ApplicationUser user) {
        ServiceOutcome<RapidView> refused = invalid();
        lenient().when(boards.getRapidView(eq(user), eq(7L))).thenReturn(refused);
        ServiceOutcome<List<RapidView>> none = ok(List.of());
        lenient().when(boards.getRapidViews(eq(user))).thenReturn(none);
    }

    /** No logged-in user, as on a background thread. */
    public void loggedOut() {
        lenient().when(authentication.getLoggedInUser()).thenReturn(null);
    }

    /** {@code user} is the logged-in user from now on, as on the thread of their request. */
    public void loggedIn(ApplicationUser user) {
        lenient().when(authentication.getLoggedInUser()).thenReturn(user);
    }

    /** Jira's request context as Phasegate's beans get it. */
    public JiraAuthenticationContext authentication() {
        return authentication;
    }

    static <T> ServiceOutcome<T> invalid() {
        @SuppressWarnings("unchecked")
        ServiceOutcome<T> outcome = mock(ServiceOutcome.class);
        lenient().when(outcome.isValid()).thenReturn(false);
        return outcome;
    }
}
