package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.bug;
import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.IssueHistoryBuilder.subtask;
import static io.phasegate.core.sprint.TestTime.day;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-checked flow scenario: sprint 20 runs Monday day 0 to Friday day 11 and closes at day 11
 * 10:00. Times are working days (Monday to Friday, UTC).
 *
 * <pre>
 * issue  pts  who  path                                                      cycle (a)  cycle (c)
 * FL-1   3    bo   In Progress day 1, Done day 3                             2          2
 * FL-2   5    bo   In Progress day 1, To Do day 2, In Progress day 7,
 *                  In Review day 8, Done day 9                               3          2
 * FL-3   2    -    To Do → Done day 4 (never in progress)                    -          -
 * FL-4   8    ana  In Progress day 2, still open at close (age 7.04)         -          -
 * FL-5   -    ana  sub-task: In Progress day 3, Done day 4                   1          1
 * time in status (FL-1, FL-2, FL-5): In Progress 5, To Do 3, In Review 1 → bottleneck In Progress 5/9
 * </pre>
 */
final class FlowSprint {
    static final SprintSnapshot SPRINT_20 = SprintBuilder.sprint(20)
            .started(day(0))
            .ends(day(11))
            .closed(day(11, 10))
            .build();

    private FlowSprint() {}

    static List<IssueHistory> issues() {
        return List.of(
                story("FL-1")
                        .estimate(3)
                        .assignee("bo")
                        .inSprint(20)
                        .on(day(1))
                        .status("In Progress")
                        .on(day(3))
                        .done()
                        .build(),
                story("FL-2")
                        .estimate(5)
                        .assignee("bo")
                        .inSprint(20)
                        .on(day(1))
                        .status("In Progress")
                        .on(day(2))
                        .status("To Do")
                        .on(day(7))
                        .status("In Progress")
                        .on(day(8))
                        .status("In Review")
                        .on(day(9))
                        .done()
                        .build(),
                story("FL-3").estimate(2).inSprint(20).on(day(4)).done().build(),
                story("FL-4")
                        .estimate(8)
                        .assignee("ana")
                        .inSprint(20)
                        .on(day(2))
                        .status("In Progress")
                        .build(),
                subtask("FL-5")
                        .assignee("ana")
                        .inSprint(20)
                        .on(day(3))
                        .status("In Progress")
                        .on(day(4))
                        .done()
                        .build());
    }

    /** The scenario plus a Bug added on day 2 and done on day 5 (2 points) and an uncategorised Spike. */
    static List<IssueHistory> withBugAndSpike() {
        List<IssueHistory> issues = new ArrayList<>(issues());
        issues.add(bug("FL-6")
                .estimate(2)
                .on(day(2))
                .inSprint(20)
                .on(day(5))
                .done()
                .build());
        issues.add(IssueHistoryBuilder.ofType("FL-7", "Spike")
                .estimate(1)
                .inSprint(20)
                .build());
        return issues;
    }

    static SprintLedger ledger(List<IssueHistory> issues) {
        return SprintLedger.build(
                SPRINT_20, issues, Boards.scrum(), SprintHealthSettings.defaults(), TestTime.clockAt(day(30)));
    }

    static FlowMetrics flow(FlowSettings settings) {
        return new FlowMetrics(ledger(issues()), Boards.CALENDAR, settings, List.of());
    }
}
