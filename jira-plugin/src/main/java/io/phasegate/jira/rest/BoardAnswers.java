package io.phasegate.jira.rest;

import io.phasegate.contract.ApiException;
import io.phasegate.contract.HealthAnswer;
import io.phasegate.contract.HealthSettings;
import io.phasegate.core.app.AssessSprintHealth;
import io.phasegate.core.app.MeasureReadiness;
import io.phasegate.core.app.ReadinessView;
import io.phasegate.core.app.SprintHealthView;
import io.phasegate.core.coverage.EligibleSet;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.history.SprintWarnings;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.jira.board.BoardReading;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One reading of a board and the answers derived from it, cached together: dropping the board's
 * cache entry drops its answers. At most {@value #MAX_ANSWERS} answers are kept (capacities are
 * caller-chosen); the least recently used goes first and is computed again when asked for.
 */
final class BoardAnswers {
    static final int MAX_ANSWERS = 64;

    /** What the answers need besides the reading. */
    record Context(SnapshotStore snapshots, Clock clock, Supplier<String> baseUrl) {
        /** This context with its clock stopped at {@code at}: what a computation made later sees as now. */
        Context at(Instant at) {
            return new Context(snapshots, Clock.fixed(at, ZoneOffset.UTC), baseUrl);
        }
    }

    private final long boardId;
    private final BoardReading board;
    private final Context context;
    private final Map<String, Object> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ANSWERS;
        }
    };

    BoardAnswers(long boardId, BoardReading board, Context context) {
        this.boardId = boardId;
        this.board = board;
        this.context = context;
    }

    /** The health of a started sprint of the board. */
    HealthAnswer health(long sprintId, Optional<BigDecimal> capacity) {
        return remembered(HealthSettings.key(sprintId, capacity), () -> computeHealth(sprintId, capacity));
    }

    /** The readiness of a sprint's issues, or of the backlog's (empty sprint). */
    Answers.Coverage coverage(Optional<Long> sprintId) {
        return remembered(
                "coverage|" + sprintId.map(String::valueOf).orElse("backlog"), () -> computeCoverage(sprintId));
    }

    /** How many answers are kept now. */
    synchronized int remembered() {
        return answers.size();
    }

    @SuppressWarnings("unchecked")
    private <T> T remembered(String key, Supplier<T> compute) {
        synchronized (this) {
            Object known = answers.get(key);
            if (known != null) {
                return (T) known;
            }
        }
        // Computed outside the lock: a slow answer must not hold up the board's other answers.
        T value = compute.get();
        synchronized (this) {
            answers.putIfAbsent(key, value);
        }
        return value;
    }

    private HealthAnswer computeHealth(long sprintId, Optional<BigDecimal> capacity) {
        SprintSnapshot sprint = sprint(sprintId);
        AssessSprintHealth health = new AssessSprintHealth(
                board.sprints(),
                board.issues(),
                board.config(),
                HealthSettings.CALENDAR,
                HealthSettings.SETTINGS,
                context.clock(),
                context.snapshots());
        SprintHealthView view = health.assess(sprint, capacity);
        return new HealthAnswer(
                board.layout(),
                HealthSettings.DONE,
                HealthSettings.CALENDAR.workingDays(),
                view,
                warningsFor(sprintId, view),
                context.baseUrl().get(),
                context.clock().instant());
    }

    /** The reading's notes about the whole board or about issues ever in the sprint, then the snapshot notes. */
    private List<BoardWarning> warningsFor(long sprintId, SprintHealthView view) {
        return SprintWarnings.with(
                SprintWarnings.concerning(sprintId, board.issues(), board.warnings()), view.snapshotWarnings());
    }

    private Answers.Coverage computeCoverage(Optional<Long> sprintId) {
        Optional<SprintSnapshot> sprint = sprintId.map(this::sprint);
        List<IssueHistory> scope = sprint.map(s -> board.issues().stream()
                        .filter(issue -> issue.sprintIds().contains(s.id()))
                        .toList())
                .orElseGet(this::backlog);
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
        return new Answers.Coverage(boardId, board.layout().name(), sprint, view);
    }

    private List<IssueHistory> backlog() {
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

    /**
     * The sprint of the reading. The sprint list and the reading are cached apart, so a sprint just
     * deleted or moved to another board may be in one and not the other: 404, as for any unknown sprint.
     */
    private SprintSnapshot sprint(long sprintId) {
        return board.sprints().sprints().stream()
                .filter(sprint -> sprint.id() == sprintId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound(
                        "sprint-not-found", Message.of(MessageKey.CONTRACT_NO_SPRINT_ID, Long.toString(sprintId))));
    }
}
