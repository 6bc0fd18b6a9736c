package io.phasegate.jira.rest;

import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.contract.BoardLayout;
import io.phasegate.core.app.ReadinessGates;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.sprint.AssigneeChange;
import io.phasegate.core.sprint.BoardColumn;
import io.phasegate.core.sprint.BoardConfig;
import io.phasegate.core.sprint.BoardSprints;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.core.sprint.StatusChange;
import io.phasegate.jira.board.BoardDataSource;
import io.phasegate.jira.board.BoardReading;
import io.phasegate.jira.board.JiraBoard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Board 7 of project PG (an active sprint of three issues, PG-1 done) and board 8 of project SECRET,
 * as a {@link BoardDataSource} that counts its readings.
 */
class Fixture implements BoardDataSource {
    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant NOW = MONDAY.plusSeconds(3 * 86_400L);
    static final FieldRef POINTS = FieldRef.of("customfield_10016");
    static final SprintSnapshot ACTIVE =
            new SprintSnapshot(10, "Sprint 10", SprintState.ACTIVE, MONDAY, MONDAY, day(11), null, 7);
    static final SprintSnapshot FUTURE =
            new SprintSnapshot(11, "Sprint 11", SprintState.FUTURE, null, null, null, null, 7);
    static final JiraBoard PG = new JiraBoard(7, "PG board", "PG");
    static final JiraBoard SECRET = new JiraBoard(8, "Secret board", "SECRET");

    final AtomicInteger readings = new AtomicInteger();
    /** Whether Jira Software gives board 7 no name (the reader then keeps the name empty). */
    volatile boolean pgUnnamed;
    /** Users Jira Software's own board visibility keeps from a board, by board id. */
    final Map<Long, Set<ApplicationUser>> hiddenByJiraSoftware = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<JiraBoard> boards() {
        return List.of(pgUnnamed ? new JiraBoard(7, "", "PG") : PG, SECRET);
    }

    @Override
    public Optional<JiraBoard> board(long id) {
        return boards().stream().filter(board -> board.id() == id).findFirst();
    }

    @Override
    public List<SprintSnapshot> sprints(long boardId) {
        return List.of(ACTIVE, FUTURE);
    }

    @Override
    public boolean canSee(ApplicationUser user, long boardId) {
        return board(boardId).isPresent()
                && !hiddenByJiraSoftware.getOrDefault(boardId, Set.of()).contains(user);
    }

    /** The same reading whoever reads it, as with Jira Software for any user who may see the board. */
    @Override
    public BoardReading read(long boardId, ApplicationUser reader) {
        return read(boardId);
    }

    @Override
    public BoardReading read(long boardId) {
        readings.incrementAndGet();
        BoardConfig config = new BoardConfig(
                List.of(BoardColumn.of("To Do", "To Do"), BoardColumn.of("Done", "Done")),
                DoneDefinition.RIGHT_MOST_COLUMN,
                Map.of("To Do", StatusCategory.TO_DO, "Done", StatusCategory.DONE),
                POINTS);
        List<IssueHistory> issues = List.of(
                issue("PG-1", "5", "ann", new StatusChange(day(2), "To Do", "Done")),
                issue("PG-2", "3", "bo"),
                issue("PG-3", "8", "bo"));
        Map<IssueKey, IssueSnapshot> current = new LinkedHashMap<>();
        for (IssueHistory issue : issues) {
            current.put(
                    issue.key(),
                    new IssueSnapshot(
                            issue.key(),
                            "Story",
                            false,
                            issue.status(),
                            issue.status().equals("Done") ? StatusCategory.DONE : StatusCategory.TO_DO,
                            "Summary of " + issue.key(),
                            Map.of(),
                            Set.of(POINTS),
                            List.of(),
                            List.of()));
        }
        return new BoardReading(
                new BoardLayout(7, pgUnnamed ? "" : "PG board", config.columns(), POINTS.id()),
                config,
                new BoardSprints(List.of(ACTIVE, FUTURE)),
                issues,
                current,
                ReadinessGates.standard(POINTS),
                List.of(BoardWarning.of(IssueKey.of("PG-2"), MessageKey.WARNING_STATUS_UNMAPPED, "Waiting")));
    }

    private static IssueHistory issue(String key, String points, String assignee, IssueChange... changes) {
        List<IssueChange> all = new ArrayList<>();
        all.add(new SprintChange(day(-1), Set.of(), Set.of(10L)));
        all.add(new AssigneeChange(day(-1), null, assignee));
        all.addAll(List.of(changes));
        return new IssueHistory(
                IssueKey.of(key),
                "Story",
                false,
                day(-2),
                changes.length == 0 ? "To Do" : "Done",
                null,
                new BigDecimal(points),
                Set.of(10L),
                false,
                assignee,
                Set.of(),
                all);
    }

    static Instant day(int day) {
        return MONDAY.plusSeconds(86_400L * day);
    }
}
