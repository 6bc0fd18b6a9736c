package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.TestTime.day;

import java.util.List;

/** Ledgers of the closed sprint 10 (day 0 to day 11) over a few issues, and their metrics. */
final class Ledgers {
    static final SprintSnapshot SPRINT = SprintBuilder.sprint(10)
            .started(day(0))
            .ends(day(11))
            .closed(day(11, 10))
            .build();

    private Ledgers() {}

    static SprintLedger ledger(SprintSnapshot sprint, SprintHealthSettings settings, IssueHistory... issues) {
        return SprintLedger.build(sprint, List.of(issues), Boards.scrum(), settings, TestTime.clockAt(day(30)));
    }

    static SprintLedger ledger(IssueHistory... issues) {
        return ledger(SPRINT, SprintHealthSettings.defaults(), issues);
    }

    static DeliveryMetrics delivery(SprintLedger ledger) {
        return new DeliveryMetrics(ledger, List.of(), Boards.CALENDAR, 7);
    }

    static ScopeMetrics scope(SprintLedger ledger) {
        return new ScopeMetrics(ledger, Boards.CALENDAR);
    }
}
