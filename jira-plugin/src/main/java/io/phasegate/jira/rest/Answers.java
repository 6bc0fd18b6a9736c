package io.phasegate.jira.rest;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.phasegate.contract.HealthAnswer;
import io.phasegate.contract.HealthSettings;
import io.phasegate.contract.Warning;
import io.phasegate.core.app.AssessSprintHealth;
import io.phasegate.core.app.MeasureReadiness;
import io.phasegate.core.app.ReadinessView;
import io.phasegate.core.app.SprintHealthView;
import io.phasegate.core.coverage.EligibleSet;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.jira.board.BoardDataSource;
import io.phasegate.jira.board.BoardReading;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The computed answers, the same for every caller, in one Atlassian cache that is cluster-wide by
 * invalidation: each node keeps its own values and a {@link #invalidateAll()} on any node empties
 * every node's copy. Entries also expire {@value #TTL_SECONDS} s after they were computed, because
 * an active sprint's health depends on the clock and sprint starts and closes publish no issue event.
 */
public final class Answers {
    static final String CACHE_NAME = "io.phasegate.phasegate-jira.answers";
    static final long TTL_SECONDS = 60;

    /** A readiness view with what the coverage answer says around it; messages are rendered per caller. */
    public record Coverage(long boardId, String boardName, Optional<SprintSnapshot> sprint, ReadinessView view) {}

    private final BoardDataSource boards;
    private final SnapshotStore snapshots;
    private final ApplicationProperties application;
    private final Clock clock;
    private final Cache<String, Object> cache;

    /**
     * @param snapshots where sprint start and close snapshots (G2) are kept, written lazily the first
     *     time a started or closed sprint's health is computed
     * @param application SAL, for the canonical base URL the drill-down links point into
     */
    public Answers(
            BoardDataSource boards, CacheManager caches, SnapshotStore snapshots, ApplicationProperties application) {
        this(boards, caches, snapshots, application, Clock.systemUTC());
    }

    Answers(
            BoardDataSource boards,
            CacheManager caches,
            SnapshotStore snapshots,
            ApplicationProperties application,
            Clock clock) {
        this.boards = boards;
        this.snapshots = snapshots;
        this.application = application;
        this.clock = clock;
        this.cache = caches.getCache(
                CACHE_NAME,
                this::load,
                new CacheSettingsBuilder()
                        .remote()
                        .replicateViaInvalidation()
                        .expireAfterWrite(TTL_SECONDS, TimeUnit.SECONDS)
                        .build());
    }

    /** The board's sprints. */
    @SuppressWarnings("unchecked")
    public List<SprintSnapshot> sprints(long boardId) {
        return (List<SprintSnapshot>) cache.get(boardId + "|sprints");
    }

    /** The health of a started sprint of the board. */
    public HealthAnswer health(long boardId, long sprintId, Optional<BigDecimal> capacity) {
        return (HealthAnswer) cache.get(boardId + "|" + HealthSettings.key(sprintId, capacity));
    }

    /** The readiness of a sprint's issues, or of the backlog's (empty sprint). */
    public Coverage coverage(long boardId, Optional<SprintSnapshot> sprint) {
        return (Coverage) cache.get(
                boardId + "|coverage|" + sprint.map(s -> Long.toString(s.id())).orElse("backlog"));
    }

    /** Drops every answer on every node. */
    public void invalidateAll() {
        cache.removeAll();
    }

    private Object load(String key) {
        String[] parts = key.split("\\|", -1);
        // Keys are "board|sprints", "board|" + HealthSettings.key(sprint, capacity), "board|coverage|sprint".
        long boardId = Long.parseLong(parts[0]);
        return switch (parts[1]) {
            case "sprints" -> List.copyOf(boards.sprints(boardId));
            case "health" -> computeHealth(
                    boards.read(boardId),
                    Long.parseLong(parts[2]),
                    parts[3].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(parts[3])));
            case "coverage" -> computeCoverage(
                    boardId, boards.read(boardId), parts[2].equals("backlog") ? null : Long.parseLong(parts[2]));
            default -> throw new IllegalArgumentException("no answer is cached under " + key);
        };
    }

    private HealthAnswer computeHealth(BoardReading board, long sprintId, Optional<BigDecimal> capacity) {
        SprintSnapshot sprint = sprint(board, sprintId);
        AssessSprintHealth health = new AssessSprintHealth(
                board.sprints(),
                board.issues(),
                board.config(),
                HealthSettings.CALENDAR,
                HealthSettings.SETTINGS,
                clock,
                snapshots);
        SprintHealthView view = health.assess(sprint, capacity);
        return new HealthAnswer(
                board.layout(),
                HealthSettings.DONE,
                HealthSettings.CALENDAR.workingDays(),
                view,
                warningsFor(board, sprintId, view),
                baseUrl(),
                clock.instant());
    }

    /** The reading's notes about the whole board or about issues ever in the sprint, then the snapshot notes. */
    private static List<Warning> warningsFor(BoardReading board, long sprintId, SprintHealthView view) {
        Set<IssueKey> touched = board.issues().stream()
                .filter(issue -> issue.sprintIds().contains(sprintId)
                        || issue.changesOf(SprintChange.class).stream()
                                .anyMatch(change -> change.from().contains(sprintId)
                                        || change.to().contains(sprintId)))
                .map(IssueHistory::key)
                .collect(Collectors.toSet());
        List<Warning> warnings = new ArrayList<>();
        board.warnings().stream()
                .filter(warning -> warning.issue() == null || touched.contains(warning.issue()))
                .forEach(warnings::add);
        view.snapshotWarnings().forEach(warning -> warnings.add(new Warning(null, warning.toString())));
        return warnings;
    }

    /** Jira's canonical base URL without a trailing slash; null when SAL does not know it. */
    private String baseUrl() {
        String url = application == null ? null : application.getBaseUrl(UrlMode.CANONICAL);
        if (url == null || url.isBlank()) {
            return null;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private Coverage computeCoverage(long boardId, BoardReading board, Long sprintId) {
        Optional<SprintSnapshot> sprint = Optional.ofNullable(sprintId).map(id -> sprint(board, id));
        List<IssueHistory> scope = sprint.map(s -> board.issues().stream()
                        .filter(issue -> issue.sprintIds().contains(s.id()))
                        .toList())
                .orElseGet(() -> backlog(board));
        List<IssueSnapshot> snapshots = new ArrayList<>();
        Map<IssueKey, BigDecimal> points = new HashMap<>();
        for (IssueHistory issue : scope) {
            IssueSnapshot now = board.current().get(issue.key());
            if (now != null) {
                snapshots.add(now);
            }
            if (issue.estimate() != null) {
                points.put(issue.key(), issue.estimate());
            }
        }
        ReadinessView view =
                new MeasureReadiness(board.readiness(), EligibleSet.allStandardTypes()).measure(snapshots, points);
        return new Coverage(boardId, board.layout().name(), sprint, view);
    }

    private static List<IssueHistory> backlog(BoardReading board) {
        Set<Long> open = board.sprints().sprints().stream()
                .filter(sprint -> sprint.state() != SprintState.CLOSED)
                .map(SprintSnapshot::id)
                .collect(Collectors.toSet());
        return board.issues().stream()
                .filter(issue -> !issue.subtask())
                .filter(issue -> issue.sprintIds().stream().noneMatch(open::contains))
                .filter(issue -> !board.config().isDone(issue.status()))
                .toList();
    }

    private static SprintSnapshot sprint(BoardReading board, long sprintId) {
        return board.sprints().sprints().stream()
                .filter(sprint -> sprint.id() == sprintId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("sprint " + sprintId + " left the board"));
    }
}
