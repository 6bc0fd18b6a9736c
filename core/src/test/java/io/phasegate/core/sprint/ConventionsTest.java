package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.IssueHistoryBuilder.story;
import static io.phasegate.core.sprint.Ledgers.SPRINT;
import static io.phasegate.core.sprint.Ledgers.delivery;
import static io.phasegate.core.sprint.Ledgers.ledger;
import static io.phasegate.core.sprint.Ledgers.scope;
import static io.phasegate.core.sprint.SprintLedgerTest.keys;
import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The global conventions G1, G4, G5 and M1's late-planning flag, on small fixtures. */
class ConventionsTest {
    @Test
    void graceMovesT0SoEarlyAdditionsAreCommitted() {
        IssueHistory early = story("PG-1")
                .estimate(3)
                .on(day(0, 9).plusSeconds(1800))
                .inSprint(10)
                .build();
        SprintHealthSettings grace = SprintHealthSettings.defaults().withGrace(Duration.ofHours(1));
        assertThat(keys(ledger(SPRINT, grace, early).committed())).containsExactly("PG-1");
        assertThat(keys(ledger(early).added())).containsExactly("PG-1");
    }

    @Test
    void removedWhileDoneStaysInRemovedAndIsFlagged() {
        SprintLedger ledger = ledger(story("PG-1")
                .estimate(3)
                .inSprint(10)
                .on(day(2))
                .done()
                .on(day(3))
                .noSprint()
                .build());
        assertThat(keys(ledger.removed())).containsExactly("PG-1");
        assertThat(scope(ledger).removed().notes()).contains("removed-while-done:1");
    }

    @Test
    void statusCategoryDoneIsAnAlternativeDoneDefinition() {
        IssueHistory resolved = story("PG-1")
                .estimate(3)
                .inSprint(10)
                .on(day(2))
                .status("Resolved")
                .build();
        SprintLedger byColumn = ledger(resolved);
        SprintLedger byCategory = SprintLedger.build(
                SPRINT,
                List.of(resolved),
                Boards.scrum(DoneDefinition.STATUS_CATEGORY_DONE),
                SprintHealthSettings.defaults(),
                TestTime.clockAt(day(30)));
        assertThat(byColumn.velocity()).isEqualByComparingTo("0");
        assertThat(byCategory.velocity()).isEqualByComparingTo("3");
        assertThat(delivery(byCategory).velocity().notes()).contains("done-definition:status-category-done");
    }

    @Test
    void latePlanningIsFlaggedWhenMostOfTheScopeArrivesOnDayOne() {
        SprintLedger ledger = ledger(
                story("PG-1").estimate(1).inSprint(10).build(),
                story("PG-2").estimate(8).on(day(0, 15)).inSprint(10).build());
        assertThat(scope(ledger).committed().notes()).contains("late-planning");
    }
}
