package io.phasegate.core.sprint.generator;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Plays one sprint forwards: planning before the start, random events during it, carry-over at the
 * close, and the ground truth recorded from the generator's own decisions as it goes.
 */
final class SprintRun {
    private static final List<String> PEOPLE = List.of("ana", "bo", "cy", "dee", "eli");

    private final Random random;
    private final long sprintId;
    private final Long nextSprintId;
    private final Instant t0;
    private final Instant close;
    private final Function<Instant, SimIssue> newBug;
    private final List<SimIssue> touched = new ArrayList<>();
    private final GroundTruth.Recorder truth;
    /** Scope moves (adds, new bugs, removals) left this sprint, so that a long changelog is not all churn. */
    private int scopeMoves;

    SprintRun(
            Random random,
            long sprintId,
            Long nextSprintId,
            Instant t0,
            Instant close,
            Function<Instant, SimIssue> newBug) {
        this.random = random;
        this.sprintId = sprintId;
        this.nextSprintId = nextSprintId;
        this.t0 = t0;
        this.close = close;
        this.newBug = newBug;
        this.truth = new GroundTruth.Recorder(sprintId);
    }

    /** Puts the planned issues (and any carried over) in the sprint and records C at t0. */
    void start(List<SimIssue> planned, List<SimIssue> carried) {
        Instant planning = t0.minus(Duration.ofHours(1));
        for (SimIssue issue : planned) {
            issue.addSprint(planning, sprintId);
        }
        touched.addAll(carried);
        touched.addAll(planned);
        scopeMoves = Math.max(3, touched.size() / 4);
        for (SimIssue issue : touched) {
            if (!issue.subtask && !issue.isDone()) {
                truth.committed.put(issue.key, issue.points());
            }
        }
    }

    /** Plays {@code events} random events at strictly increasing instants inside the sprint. */
    void play(int events, List<SimIssue> backlog) {
        Instant last = close.minus(Duration.ofMinutes(1));
        long span = Duration.between(t0, last).toSeconds();
        long maxStep = Math.max(1, 2 * span / (events + 1L) - 1);
        Instant at = t0;
        for (int i = 0; i < events; i++) {
            at = at.plusSeconds(1 + (long) random.nextInt((int) Math.min(maxStep, Integer.MAX_VALUE)));
            if (!at.isBefore(last)) {
                return;
            }
            event(at, backlog);
        }
    }

    private void event(Instant at, List<SimIssue> backlog) {
        int roll = random.nextInt(100);
        if (roll < 17 && scopeMoves-- <= 0) {
            roll = 80; // out of scope moves: a flag toggle instead
        }
        SimIssue issue = touched.isEmpty() ? null : touched.get(random.nextInt(touched.size()));
        if (roll < 8) {
            add(at, backlog);
        } else if (roll < 11) {
            SimIssue bug = newBug.apply(at);
            bug.sprints = java.util.Set.of(sprintId);
            bug.assignee = PEOPLE.get(random.nextInt(PEOPLE.size()));
            touched.add(bug);
            truth.added.putIfAbsent(bug.key, bug.points());
        } else if (issue == null) {
            return;
        } else if (roll < 17) {
            remove(at, issue);
        } else if (roll < 50) {
            forward(at, issue);
        } else if (roll < 60) {
            issue.estimate(at, random.nextInt(10) == 0 ? null : BigDecimal.valueOf(1 + random.nextInt(13)));
        } else if (roll < 64 && issue.isDone()) {
            issue.status(at, "In Progress");
            issue.resolution(at, null);
        } else if (roll < 66 && !issue.isDone()) {
            issue.status(at, "Done");
            issue.resolution(at, "Won't Do");
        } else if (roll < 72 && issue.status.equals("In Review")) {
            issue.status(at, "In Progress");
        } else if (roll < 86) {
            issue.flag(at);
        } else {
            issue.assign(at, random.nextInt(6) == 0 ? null : PEOPLE.get(random.nextInt(PEOPLE.size())));
        }
    }

    private void add(Instant at, List<SimIssue> backlog) {
        List<SimIssue> open = backlog.stream()
                .filter(issue -> !issue.isDone() && !issue.sprints.contains(sprintId))
                .filter(issue -> nextSprintId == null || !issue.sprints.contains(nextSprintId))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        SimIssue issue = open.get(random.nextInt(open.size()));
        issue.addSprint(at, sprintId);
        touched.add(issue);
        if (!truth.committed.containsKey(issue.key)) {
            truth.added.putIfAbsent(issue.key, issue.points());
        }
    }

    private void remove(Instant at, SimIssue issue) {
        if (issue.subtask || !issue.sprints.contains(sprintId)) {
            return;
        }
        issue.removeSprint(at, sprintId, random.nextBoolean() ? nextSprintId : null);
        truth.removed.put(issue.key, issue.points());
    }

    private static void forward(Instant at, SimIssue issue) {
        switch (issue.status) {
            case "To Do" -> issue.status(at, "In Progress");
            case "In Progress" -> issue.status(at, "In Review");
            case "In Review" -> {
                issue.status(at, "Done");
                issue.resolution(at, "Done");
            }
            default -> {}
        }
    }

    /** Records F and D as they are just before the close, then carries unfinished work into the next sprint. */
    GroundTruth close() {
        List<IssueKey> scope = new ArrayList<>(truth.committed.keySet());
        truth.added.keySet().stream().filter(key -> !scope.contains(key)).forEach(scope::add);
        for (SimIssue issue : touched) {
            if (issue.subtask || !scope.contains(issue.key) || !issue.sprints.contains(sprintId)) {
                continue;
            }
            truth.removed.remove(issue.key);
            truth.finalScope.put(issue.key, issue.points());
            if (issue.isDone() && "Done".equals(issue.resolution)) {
                truth.delivered.put(issue.key, issue.points());
            }
        }
        if (nextSprintId != null) {
            touched.stream()
                    .distinct()
                    .filter(issue -> issue.sprints.contains(sprintId) && !issue.isDone())
                    .forEach(issue -> issue.addSprint(close, nextSprintId));
        }
        return truth.done();
    }

    /** The issues that were in the sprint at some point; the next sprint's carry-over candidates. */
    List<SimIssue> touched() {
        return touched.stream().distinct().toList();
    }
}
