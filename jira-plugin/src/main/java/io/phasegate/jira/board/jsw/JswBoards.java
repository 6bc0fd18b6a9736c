package io.phasegate.jira.board.jsw;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.view.RapidViewConfigManager;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.greenhopper.service.sprint.Sprint;
import com.atlassian.greenhopper.service.sprint.SprintManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.contract.BoardLayout;
import io.phasegate.core.app.ReadinessGates;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.sprint.BoardConfig;
import io.phasegate.core.sprint.BoardSprints;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.jira.board.BoardDataSource;
import io.phasegate.jira.board.BoardJiraServices;
import io.phasegate.jira.board.BoardReading;
import io.phasegate.jira.board.DataSourceUnavailableException;
import io.phasegate.jira.board.JiraBoard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Jira Software's boards through its {@code RapidViewService}, which hands out a board only to a user
 * who may see it: the board itself (name, saved filter, columns, estimation) is read as the logged-in
 * user, who has passed the resources' permission checks by then; everything else is the system
 * context the aggregates need (docs/rest/jira.md): sprints from {@code SprintManager}, issues from the
 * board's saved filter searched with security overridden, changelogs from {@code ChangeHistoryManager}.
 * With no logged-in user (a background task) a board cannot be read, unless the user to read it as is
 * passed in ({@link #read(long, ApplicationUser)}).
 */
public final class JswBoards implements BoardDataSource {
    private final RapidViewService boards;
    private final JiraAuthenticationContext authentication;
    private final RapidViewConfigManager configs;
    private final SprintManager sprintStore;
    private final BoardJiraServices jira;
    private final JswIssues issues;

    public JswBoards(
            RapidViewService boards,
            JiraAuthenticationContext authentication,
            RapidViewConfigManager configs,
            SprintManager sprints,
            BoardJiraServices jira) {
        this.boards = boards;
        this.authentication = authentication;
        this.configs = configs;
        this.sprintStore = sprints;
        this.jira = jira;
        this.issues = new JswIssues(jira.customFields(), new JswChangelogs(jira.changelogs()));
    }

    /** The boards the logged-in user may see (the only caller lists those anyway). */
    @Override
    public List<JiraBoard> boards() {
        List<RapidView> all = value(boards.getRapidViews(reader("the list of boards")), "the list of boards");
        List<JiraBoard> found = new ArrayList<>();
        for (RapidView view : all == null ? List.<RapidView>of() : all) {
            if (view != null) {
                found.add(board(view));
            }
        }
        found.sort(Comparator.comparingLong(JiraBoard::id));
        return found;
    }

    /** The board, if it exists and the logged-in user may see it. */
    @Override
    public Optional<JiraBoard> board(long id) {
        return view(reader("board " + id), id).map(this::board);
    }

    @Override
    public List<SprintSnapshot> sprints(long boardId) {
        Collection<Sprint> all =
                value(sprintStore.getSprintsForView(boardId, EnumSet.allOf(Sprint.State.class)), "the board's sprints");
        List<SprintSnapshot> snapshots = new ArrayList<>();
        for (Sprint sprint : all == null ? List.<Sprint>of() : all) {
            SprintSnapshot snapshot = JswSprints.snapshot(sprint, boardId);
            if (snapshot != null) {
                snapshots.add(snapshot);
            }
        }
        snapshots.sort(Comparator.comparingLong(SprintSnapshot::id));
        return snapshots;
    }

    /** Jira Software's own answer: it gives the user the board only if they may see it. */
    @Override
    public boolean canSee(ApplicationUser user, long boardId) {
        return user != null && view(user, boardId).isPresent();
    }

    @Override
    public BoardReading read(long boardId) {
        return read(boardId, reader("board " + boardId));
    }

    /** As the given user, whoever is logged in here (none on a background thread). */
    @Override
    public BoardReading read(long boardId, ApplicationUser user) {
        RapidView view = view(Objects.requireNonNull(user, "user"), boardId)
                .orElseThrow(() -> new DataSourceUnavailableException(
                        "phasegate.rest.unavailable.board-gone", String.valueOf(boardId)));
        List<BoardWarning> warnings = new ArrayList<>();
        JswColumns columns =
                JswColumns.of(configs.getColumnConfig(view), jira.constants().getStatuses(), boardId, warnings);
        JswEstimation estimation = JswEstimation.of(configs.getEstimationConfig(view), warnings);
        BoardConfig config = new BoardConfig(
                columns.columns(), DoneDefinition.RIGHT_MOST_COLUMN, columns.categories(), estimation.field());
        PhaseGate readiness = ReadinessGates.standard(estimation.field());
        JswIssues.Reader reader = issues.reader(columns, estimation, warnings);
        List<IssueHistory> histories = new ArrayList<>();
        Map<IssueKey, IssueSnapshot> current = new LinkedHashMap<>();
        for (Issue issue : jira.search().issues(filter(view))) {
            IssueHistory history = reader.history(issue);
            histories.add(history);
            current.put(history.key(), jira.snapshots().of(issue, readiness.fieldsRead()));
        }
        return new BoardReading(
                new BoardLayout(
                        boardId,
                        name(view),
                        columns.columns(),
                        estimation.field().id()),
                config,
                new BoardSprints(sprints(boardId)),
                histories,
                current,
                readiness,
                warnings);
    }

    private Optional<RapidView> view(ApplicationUser user, long id) {
        ServiceOutcome<RapidView> outcome = boards.getRapidView(user, id);
        return outcome != null && outcome.isValid() ? Optional.ofNullable(outcome.getValue()) : Optional.empty();
    }

    /** The logged-in user, as whom Jira Software hands out boards; none in a background task. */
    private ApplicationUser reader(String what) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new DataSourceUnavailableException("phasegate.rest.unavailable.no-user", what);
        }
        return user;
    }

    private JiraBoard board(RapidView view) {
        Long filter = view.getSavedFilterId();
        return new JiraBoard(
                view.getId(), name(view), filter == null ? null : jira.search().projectKey(filter));
    }

    private static long filter(RapidView view) {
        if (view.getSavedFilterId() == null) {
            throw new DataSourceUnavailableException(
                    "phasegate.rest.unavailable.no-filter", String.valueOf(view.getId()));
        }
        return view.getSavedFilterId();
    }

    /** The board's name; empty when Jira Software gives none, named in the caller's language when answered. */
    private static String name(RapidView view) {
        return view.getName() == null ? "" : view.getName();
    }

    private static <T> T value(ServiceOutcome<T> outcome, String what) {
        if (outcome == null || !outcome.isValid()) {
            throw new DataSourceUnavailableException("phasegate.rest.unavailable.refused", what);
        }
        return outcome.getValue();
    }
}
