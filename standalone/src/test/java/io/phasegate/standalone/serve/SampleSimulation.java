package io.phasegate.standalone.serve;

import static io.phasegate.standalone.serve.SampleDocuments.ACTIVE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plays the sample team's sprints: each closed sprint commits work, takes a few issues in mid-sprint
 * and drops one; most work is Done, some carries over to the next sprint. The active sprint has run
 * for three working days only (the server moves it so that it started four working days ago, so
 * nothing lies in the future). A planned sprint and a backlog hold work not started.
 */
final class SampleSimulation {
    private static final String[] ESTIMATES = {"1", "2", "3", "3", "5", "5", "8", "13"};
    private static final String[] THINGS = {
        "invoice",
        "refund",
        "basket",
        "voucher",
        "checkout",
        "wish list",
        "delivery slot",
        "order history",
        "payment retry",
        "tax report",
        "stock alert",
        "gift card"
    };
    private static final String[] VERBS = {
        "Show", "Export", "Validate", "Cancel", "Split", "Search", "Email", "Archive", "Print", "Merge"
    };

    private final SampleBoardGenerator board;
    private final Random random;
    private int next = 1;
    private int tests = 1;

    SampleSimulation(SampleBoardGenerator board) {
        this.board = board;
        this.random = board.random;
    }

    void run() {
        List<SampleIssue> carried = List.of();
        for (int sprint = 0; sprint <= ACTIVE; sprint++) {
            int size = sprint < ACTIVE ? board.perClosedSprint : board.activeIssues;
            List<SampleIssue> committed = new java.util.ArrayList<>(carried);
            for (int i = 0; i < size; i++) {
                SampleIssue issue = create(at(sprint, -1, 11).minus(Duration.ofDays(2 + random.nextInt(20))));
                issue.sprints(at(sprint, -1, 14), Set.of(sprint));
                committed.add(issue);
            }
            List<SampleIssue> next = new java.util.ArrayList<>();
            for (SampleIssue issue : committed) {
                play(issue, sprint, 0, next);
            }
            int added = sprint < ACTIVE ? 2 : 1;
            for (int i = 0; i < added; i++) {
                int day = sprint < ACTIVE ? 2 + random.nextInt(5) : 1;
                SampleIssue issue = create(at(sprint, day, 9));
                issue.sprints(at(sprint, day, 10), Set.of(sprint));
                play(issue, sprint, day, next);
            }
            carried = next;
        }
        for (int i = 0; i < 6; i++) {
            SampleIssue planned = create(at(ACTIVE, 0, 11).minus(Duration.ofDays(1 + random.nextInt(10))));
            planned.sprints(at(ACTIVE, 1, 15), Set.of(ACTIVE + 1));
        }
        for (int i = 0; i < 8; i++) {
            create(at(ACTIVE, 0, 12).minus(Duration.ofDays(random.nextInt(40))));
        }
    }

    /** An issue from {@code entryDay} of the sprint on: Done, carried over, removed or (active sprint) open. */
    private void play(SampleIssue issue, int sprint, int entryDay, List<SampleIssue> carried) {
        boolean active = sprint == ACTIVE;
        int last = active ? 2 : 9;
        double roll = random.nextDouble();
        int startDay = Math.min(last, entryDay + random.nextInt(3));
        if (active && roll > 0.65) {
            return; // not started yet
        }
        if (!active && roll > 0.93 && entryDay < 8) {
            Instant removed = at(sprint, entryDay + 1, 16);
            Set<Integer> left = new TreeSet<>(issue.sprints);
            left.remove(sprint);
            issue.sprints(removed, left);
            return;
        }
        if (!issue.status.equals("In Progress")) { // work carried over is already under way
            issue.assign(at(sprint, startDay, 9), SampleBoardGenerator.PEOPLE[random.nextInt(4)][0]);
            issue.status(at(sprint, startDay, 10), "In Progress");
        }
        if (issue.points != null && random.nextDouble() < 0.12) {
            issue.points(at(sprint, startDay, 11), ESTIMATES[random.nextInt(ESTIMATES.length)]);
        }
        boolean carry = !active && roll > 0.78;
        if (active ? roll > 0.3 : carry) {
            if (carry) {
                Set<Integer> both = new TreeSet<>(issue.sprints);
                both.add(sprint + 1);
                issue.sprints(SampleDocuments.complete(sprint), both);
                carried.add(issue);
            }
            return;
        }
        int doneDay = Math.min(last, startDay + 1 + random.nextInt(active ? 2 : 5));
        issue.status(at(sprint, doneDay, 12), "In Review");
        issue.status(at(sprint, doneDay, 15), "Done");
        for (SampleIssue subtask : issue.subtasks) {
            subtask.status(at(sprint, doneDay, 13), "Done");
        }
    }

    private SampleIssue create(Instant created) {
        int number = next++;
        double kind = random.nextDouble();
        String type = kind < 0.6 ? "Story" : kind < 0.82 ? "Bug" : "Task";
        String thing = THINGS[random.nextInt(THINGS.length)];
        String summary = number == 7
                ? "Escape <script>alert(\"x\")</script> & \u201cquotes\u201d in the " + thing + " preview"
                : type.equals("Bug")
                        ? "The " + thing + " page fails when the customer "
                                + VERBS[random.nextInt(VERBS.length)].toLowerCase(java.util.Locale.ROOT) + "s twice"
                        : VERBS[random.nextInt(VERBS.length)] + " " + thing
                                + (type.equals("Task") ? " (clean-up)" : "");
        SampleIssue issue = new SampleIssue(number, type, summary, description(thing), created);
        if (random.nextDouble() < (type.equals("Bug") ? 0.65 : 0.9)) {
            issue.points = ESTIMATES[random.nextInt(ESTIMATES.length)];
        }
        if (type.equals("Bug") && random.nextDouble() < 0.3) {
            issue.labels.add("hotfix");
        }
        if (!type.equals("Task") && random.nextDouble() < 0.45) {
            for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                issue.tests.add("QA-" + tests++);
            }
        }
        board.issues.add(issue);
        if (type.equals("Story") && random.nextDouble() < 0.2) {
            for (int i = 0; i < 2; i++) {
                SampleIssue subtask = new SampleIssue(
                        next++,
                        "Sub-task",
                        (i == 0 ? "Back end: " : "Front end: ") + summary,
                        null,
                        created.plusSeconds(600));
                subtask.parent = issue;
                issue.subtasks.add(subtask);
                board.issues.add(subtask);
            }
        }
        return issue;
    }

    private String description(String thing) {
        double roll = random.nextDouble();
        String goal = "h3. Goal\nAs a shopper I want the " + thing + " to work on every device.";
        if (roll < 0.55) {
            return goal + "\n\nh3. Acceptance Criteria\n* Given a " + thing + " when I open it then I see its total\n"
                    + "* the change is logged";
        }
        if (roll < 0.7) {
            return goal + "\n\nh3. Acceptance Criteria\nTBD";
        }
        return goal;
    }

    /** Working day {@code day} of the sprint (-1: the Friday before it) at {@code hour} UTC. */
    static Instant at(int sprint, int day, int hour) {
        int calendarDays = day < 0 ? -3 : day + 2 * (day / 5);
        return SampleDocuments.start(sprint).plus(Duration.ofDays(calendarDays)).plus(Duration.ofHours(hour - 9L));
    }
}
