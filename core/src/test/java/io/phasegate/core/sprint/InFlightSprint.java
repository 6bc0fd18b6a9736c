package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.TestTime.day;

import java.util.List;

/**
 * An active sprint seen on Friday day 4 09:00, four working days into nine (ends Friday day 11
 * 09:00).
 *
 * <pre>
 * PG-1  5 pts  Done day 2
 * PG-2  5 pts  In Progress since day 0 10:00, flagged day 1 → day 2       (stale: 3.96 working days)
 * PG-3  0 pts  Blocked since day 3                                        (blocker now)
 * PG-4  null   In Review day 2, back to In Progress day 3                 (boomerang)
 * </pre>
 */
final class InFlightSprint {
    static final SprintSnapshot SPRINT =
            SprintBuilder.sprint(10).started(day(0)).ends(day(11)).build();

    private InFlightSprint() {}

    static SprintLedger ledger() {
        List<IssueHistory> issues = List.of(
                story("PG-1")
                        .estimate(5)
                        .inSprint(10)
                        .on(day(1))
                        .status("In Progress")
                        .on(day(2))
                        .done()
                        .build(),
                story("PG-2")
                        .estimate(5)
                        .inSprint(10)
                        .on(day(0, 10))
                        .status("In Progress")
                        .on(day(1))
                        .flagged(true)
                        .on(day(2))
                        .flagged(false)
                        .build(),
                story("PG-3")
                        .estimate("0")
                        .inSprint(10)
                        .on(day(3))
                        .status("Blocked")
                        .build(),
                story("PG-4")
                        .inSprint(10)
                        .on(day(1))
                        .status("In Progress")
                        .on(day(2))
                        .status("In Review")
                        .on(day(3))
                        .status("In Progress")
                        .build());
        return SprintLedger.build(
                SPRINT, issues, Boards.scrum(), SprintHealthSettings.defaults(), TestTime.clockAt(day(4)));
    }
}
