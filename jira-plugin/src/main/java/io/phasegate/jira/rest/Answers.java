package io.phasegate.jira.rest;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.phasegate.contract.HealthAnswer;
import io.phasegate.core.app.ReadinessView;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.jira.board.BoardDataSource;
import io.phasegate.jira.board.JiraBoard;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The computed answers, the same for every caller, in Atlassian caches that are cluster-wide by
 * invalidation: each node keeps its own values and a removal on any node empties every node's copy.
 * Each board is read once into a {@link BoardAnswers}, from which its health and coverage answers
 * are derived; its sprint list is cached apart (the sprint picker needs no full reading). Entries
 * expire {@value #TTL_SECONDS} s after they were computed, because an active sprint's health depends
 * on the clock, and each cache holds a bounded number of entries per node.
 */
public final class Answers {
    static final String CACHE_NAME = "io.phasegate.phasegate-jira.answers";
    static final String SPRINTS_CACHE_NAME = "io.phasegate.phasegate-jira.sprints";
    static final String PROJECTS_CACHE_NAME = "io.phasegate.phasegate-jira.project-boards";
    static final long TTL_SECONDS = 60;
    /** Board readings kept per node: a reading of a large board takes megabytes. */
    static final int MAX_BOARDS = 50;

    static final int MAX_SPRINT_LISTS = 500;
    static final int MAX_PROJECTS = 500;

    /** A readiness view with what the coverage answer says around it; messages are rendered per caller. */
    public record Coverage(long boardId, String boardName, Optional<SprintSnapshot> sprint, ReadinessView view) {}

    private final ApplicationProperties application;
    private final BoardDataSource source;
    private final BoardAnswers.Context context;
    private final Cache<Long, BoardAnswers> boards;
    private final Cache<Long, List<SprintSnapshot>> sprints;
    private final Cache<String, List<Long>> projectBoards;

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
            BoardDataSource source,
            CacheManager caches,
            SnapshotStore snapshots,
            ApplicationProperties application,
            Clock clock) {
        this.application = application;
        this.source = source;
        this.context = new BoardAnswers.Context(snapshots, clock, this::baseUrl);
        this.boards =
                caches.getCache(CACHE_NAME, id -> new BoardAnswers(id, source.read(id), context), settings(MAX_BOARDS));
        this.sprints =
                caches.getCache(SPRINTS_CACHE_NAME, id -> List.copyOf(source.sprints(id)), settings(MAX_SPRINT_LISTS));
        this.projectBoards = caches.getCache(
                PROJECTS_CACHE_NAME,
                project -> source.boards().stream()
                        .filter(board -> project.equals(board.projectKey()))
                        .map(JiraBoard::id)
                        .toList(),
                settings(MAX_PROJECTS));
    }

    private static com.atlassian.cache.CacheSettings settings(int maxEntries) {
        return new CacheSettingsBuilder()
                .remote()
                .replicateViaInvalidation()
                .expireAfterWrite(TTL_SECONDS, TimeUnit.SECONDS)
                .maxEntries(maxEntries)
                .build();
    }

    /** The board's sprints. */
    public List<SprintSnapshot> sprints(long boardId) {
        return sprints.get(boardId);
    }

    /** The health of a started sprint of the board. */
    public HealthAnswer health(long boardId, long sprintId, Optional<BigDecimal> capacity) {
        return boards.get(boardId).health(sprintId, capacity);
    }

    /** The readiness of a sprint's issues, or of the backlog's (empty sprint). */
    public Coverage coverage(long boardId, Optional<SprintSnapshot> sprint) {
        return boards.get(boardId).coverage(sprint.map(SprintSnapshot::id));
    }

    /**
     * Computes a started or closed sprint's health from a reading made now as {@code reader}, as if at
     * {@code at}, so that its missing start or close snapshot (G2) is stored, taken at {@code at}. For
     * work away from the user's request (a sprint event's background thread has no logged-in user);
     * neither the reading nor the answer is cached.
     */
    public void takeSnapshots(long boardId, long sprintId, ApplicationUser reader, Instant at) {
        new BoardAnswers(boardId, source.read(boardId, reader), context.at(at)).health(sprintId, Optional.empty());
    }

    /** Drops every answer on every node. */
    public void invalidateAll() {
        boards.removeAll();
        sprints.removeAll();
        projectBoards.removeAll();
    }

    /** Drops, on every node, the answers of the boards located in the project (key such as {@code PG}). */
    public void invalidateProject(String projectKey) {
        for (long boardId : projectBoards.get(projectKey)) {
            boards.remove(boardId);
            sprints.remove(boardId);
        }
    }

    /** Jira's canonical base URL without a trailing slash; null when SAL does not know it. */
    private String baseUrl() {
        String url = application == null ? null : application.getBaseUrl(UrlMode.CANONICAL);
        if (url == null || url.isBlank()) {
            return null;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
