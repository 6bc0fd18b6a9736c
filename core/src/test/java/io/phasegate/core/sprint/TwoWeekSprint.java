package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.bug;
import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.IssueHistoryBuilder.subtask;
import static io.phasegate.core.sprint.TestTime.day;

import java.util.List;

/**
 * The hand-checked scenario that most metric tests use: sprint 10 runs from Monday day 0 09:00 to
 * Friday day 11 09:00 and is closed at day 11 10:00, when unfinished work moves to sprint 11.
 *
 * <pre>
 * issue  bucket          E(t0)/entry  E(end)  end state
 * PG-1   C F D           5            5       Done day 4
 * PG-2   C F (carried)   3            5       re-estimated day 3, open at close, moved to 11
 * PG-3   C R             8            8       moved to sprint 11 on day 5
 * PG-4   A F D (Bug)     2            2       added day 2, Done day 6
 * PG-5   A R             3            1       added day 3, re-estimated day 6, removed day 7
 * PG-6   outside         -            -       Done day -1, before t0
 * PG-7   sub-task        -            -       excluded
 * PG-8   C F D           null → 0     0       Done day 8, never estimated
 * PG-9   C F (Won't Do)  2            2       closed as Won't Do day 5
 * C = 18, A = 5, R = 9, Δ = +2 − 2 = 0, F = 14, velocity = 7
 * </pre>
 */
final class TwoWeekSprint {
    static final SprintSnapshot SPRINT_8 = SprintBuilder.sprint(8)
            .started(day(-28))
            .ends(day(-17))
            .closed(day(-17))
            .build();
    static final SprintSnapshot SPRINT_9 = SprintBuilder.sprint(9)
            .started(day(-14))
            .ends(day(-3))
            .closed(day(0, 8))
            .build();
    static final SprintSnapshot SPRINT_10 = SprintBuilder.sprint(10)
            .started(day(0))
            .ends(day(11))
            .closed(day(11, 10))
            .build();
    static final SprintSnapshot SPRINT_11 =
            SprintBuilder.sprint(11).started(day(11, 11)).ends(day(25)).build();

    private TwoWeekSprint() {}

    static List<IssueHistory> issues() {
        return List.of(
                story("PG-1")
                        .estimate(5)
                        .inSprint(10)
                        .on(day(2))
                        .status("In Progress")
                        .on(day(4))
                        .done()
                        .build(),
                story("PG-2")
                        .estimate(3)
                        .inSprint(9)
                        .on(day(-10))
                        .status("In Progress")
                        .on(day(0, 8))
                        .inSprint(9, 10)
                        .on(day(3))
                        .estimate(5)
                        .on(day(11, 10))
                        .inSprint(9, 10, 11)
                        .build(),
                story("PG-3").estimate(8).inSprint(10).on(day(5)).inSprint(11).build(),
                bug("PG-4")
                        .created(day(2))
                        .estimate(2)
                        .inSprint(10)
                        .on(day(6))
                        .done()
                        .build(),
                story("PG-5")
                        .estimate(3)
                        .on(day(3))
                        .inSprint(10)
                        .on(day(6))
                        .estimate(1)
                        .on(day(7))
                        .noSprint()
                        .build(),
                story("PG-6").estimate(5).inSprint(10).on(day(-1)).done().build(),
                subtask("PG-7").estimate(1).inSprint(10).build(),
                story("PG-8").inSprint(10).on(day(8)).done().build(),
                story("PG-9")
                        .estimate(2)
                        .inSprint(10)
                        .on(day(5))
                        .status("Done")
                        .resolution("Won't Do")
                        .build());
    }

    static SprintLedger ledger() {
        return SprintLedger.build(
                SPRINT_10, issues(), Boards.scrum(), SprintHealthSettings.defaults(), TestTime.clockAt(day(30)));
    }

    static SprintHealth health() {
        return new SprintHealth(
                new BoardSprints(List.of(SPRINT_8, SPRINT_9, SPRINT_10, SPRINT_11)),
                issues(),
                Boards.scrum(),
                Boards.CALENDAR,
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(30)));
    }
}
