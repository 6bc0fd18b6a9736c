package io.phasegate.core.sprint.generator;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.sprint.BoardColumn;
import io.phasegate.core.sprint.BoardConfig;
import io.phasegate.core.sprint.BoardSprints;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintHealth;
import io.phasegate.core.sprint.SprintHealthSettings;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.core.sprint.WorkCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic Scrum board of any size: consecutive two-week sprints with planning,
 * mid-sprint adds and new bugs, removals to the backlog or the next sprint, re-estimates, sub-tasks
 * (some estimated, which must never count), flags, reassignments, reopens, Won't Do closures and
 * carry-over at each close. The same seed always gives the same board.
 *
 * <p>Alongside the histories it keeps a {@link GroundTruth} per sprint, recorded from its own
 * decisions while it made them, so tests can compare the engine with something it did not compute.
 */
public final class SyntheticBoard {
    public static final Instant FIRST_START = Instant.parse("2026-01-05T09:00:00Z");
    public static final WorkCalendar CALENDAR = WorkCalendar.mondayToFriday(ZoneOffset.UTC);
    private static final List<String> TYPES = List.of("Story", "Story", "Story", "Task", "Bug", "Technical Debt");
    private static final List<String> LABELS = List.of("hotfix", "tech-debt", "compliance", "ui", "api");

    private final Random random;
    private final List<SimIssue> all = new ArrayList<>();
    private final List<SprintSnapshot> sprints = new ArrayList<>();
    private final List<GroundTruth> truths = new ArrayList<>();

    private SyntheticBoard(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param sprintCount how many closed sprints to play
     * @param issuesPerSprint new backlog issues created and planned per sprint
     * @param eventsPerIssue random events per planned issue during each sprint (the changelog volume)
     */
    public static SyntheticBoard generate(long seed, int sprintCount, int issuesPerSprint, int eventsPerIssue) {
        SyntheticBoard board = new SyntheticBoard(seed);
        board.play(sprintCount, issuesPerSprint, eventsPerIssue);
        return board;
    }

    private void play(int sprintCount, int issuesPerSprint, int eventsPerIssue) {
        List<SimIssue> carried = List.of();
        for (int k = 0; k < sprintCount; k++) {
            long id = 100 + k;
            Instant t0 = FIRST_START.plus(Duration.ofDays(14L * k));
            Instant close = t0.plus(Duration.ofDays(11)).plus(Duration.ofHours(1));
            sprints.add(new SprintSnapshot(
                    id, "Sprint " + id, SprintState.CLOSED, t0, t0, t0.plus(Duration.ofDays(11)), close, 1));
            List<SimIssue> planned = plan(t0, issuesPerSprint);
            SprintRun run = new SprintRun(
                    random, id, k + 1 < sprintCount ? id + 1 : null, t0, close, at -> create(at, "Bug", false));
            run.start(planned, carried);
            run.play(issuesPerSprint * eventsPerIssue, backlog());
            truths.add(run.close());
            carried = run.touched().stream()
                    .filter(issue -> issue.sprints.contains(id + 1) && !issue.isDone())
                    .toList();
        }
    }

    /** New backlog issues created before planning, some unestimated, a third with sub-tasks. */
    private List<SimIssue> plan(Instant t0, int count) {
        Instant created = t0.minus(Duration.ofHours(2));
        List<SimIssue> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SimIssue issue = create(created, TYPES.get(random.nextInt(TYPES.size())), false);
            planned.add(issue);
            if (random.nextInt(3) == 0) {
                for (int s = 0; s <= random.nextInt(2); s++) {
                    planned.add(create(created, "Sub-task", true));
                }
            }
        }
        // A few more created but left in the backlog, for mid-sprint adds.
        for (int i = 0; i < Math.max(1, count / 10); i++) {
            create(created, TYPES.get(random.nextInt(TYPES.size())), false);
        }
        return planned;
    }

    private SimIssue create(Instant at, String type, boolean subtask) {
        Set<String> labels = random.nextInt(4) == 0 ? Set.of(LABELS.get(random.nextInt(LABELS.size()))) : Set.of();
        SimIssue issue = new SimIssue(IssueKey.of("SB-" + (all.size() + 1)), type, subtask, at, labels);
        issue.estimate = random.nextInt(8) == 0 ? null : BigDecimal.valueOf(1 + random.nextInt(8));
        all.add(issue);
        return issue;
    }

    private List<SimIssue> backlog() {
        return all.stream().filter(issue -> !issue.subtask).toList();
    }

    public List<IssueHistory> issues() {
        return all.stream().map(SimIssue::history).toList();
    }

    public List<SprintSnapshot> sprints() {
        return List.copyOf(sprints);
    }

    public List<GroundTruth> truths() {
        return List.copyOf(truths);
    }

    /** How many changelog entries the board's issues carry in total. */
    public int changelogSize() {
        return all.stream().mapToInt(SimIssue::changeCount).sum();
    }

    /** After every sprint has closed. */
    public Clock clock() {
        Instant last = sprints.get(sprints.size() - 1).completeDate();
        return Clock.fixed(last.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    }

    public static BoardConfig boardConfig() {
        return new BoardConfig(
                List.of(
                        BoardColumn.of("To Do", "To Do"),
                        BoardColumn.of("In Progress", "In Progress"),
                        BoardColumn.of("Review", "In Review"),
                        BoardColumn.of("Done", "Done")),
                DoneDefinition.RIGHT_MOST_COLUMN,
                Map.of(
                        "To Do", StatusCategory.TO_DO,
                        "In Progress", StatusCategory.IN_PROGRESS,
                        "In Review", StatusCategory.IN_PROGRESS,
                        "Done", StatusCategory.DONE),
                FieldRef.of("customfield_10016"));
    }

    /** The engine over this board's issues with the default settings. */
    public SprintHealth health() {
        return health(issues());
    }

    /** The engine over other histories of the same board, such as a truncated or extended changelog. */
    public SprintHealth health(List<IssueHistory> histories) {
        return new SprintHealth(
                new BoardSprints(sprints),
                histories,
                boardConfig(),
                CALENDAR,
                SprintHealthSettings.defaults(),
                clock());
    }
}
