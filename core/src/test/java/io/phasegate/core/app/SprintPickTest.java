package io.phasegate.core.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SprintPickTest {
    static final Instant T = Instant.parse("2026-01-05T09:00:00Z");
    static final List<SprintSnapshot> SPRINTS = List.of(
            sprint(1, SprintState.CLOSED, 0, 14),
            sprint(2, SprintState.CLOSED, 14, 28),
            sprint(3, SprintState.ACTIVE, 28, -1),
            sprint(4, SprintState.FUTURE, -1, -1));

    @ParameterizedTest
    @CsvSource({"active, 3", "ACTIVE , 3", "last-closed, 2", "1, 1", "4, 4"})
    void findsTheNamedSprint(String text, long id) {
        assertThat(SprintPick.parse(text, false).find(SPRINTS))
                .map(SprintSnapshot::id)
                .contains(id);
    }

    @Test
    void unknownIdsAndTheBacklogFindNoSprint() {
        assertThat(SprintPick.parse("99", false).find(SPRINTS)).isEmpty();
        assertThat(SprintPick.parse("backlog", true).find(SPRINTS)).isEmpty();
        assertThat(SprintPick.ACTIVE.find(SPRINTS.subList(0, 2))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"current", "-1", "backlog", "''", "1.5", "12345678901234567890"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> SprintPick.parse(text, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("active, last-closed or a sprint id");
    }

    @Test
    void printsAsTheRequestSpellsIt() {
        assertThat(List.of(SprintPick.ACTIVE, SprintPick.LAST_CLOSED, SprintPick.BACKLOG, SprintPick.parse("7", false)))
                .extracting(SprintPick::toString)
                .containsExactly("active", "last-closed", "backlog", "7");
    }

    private static SprintSnapshot sprint(long id, SprintState state, int startDay, int closeDay) {
        Instant start = startDay < 0 ? null : T.plusSeconds(86_400L * startDay);
        Instant end = start == null ? null : start.plusSeconds(86_400L * 11);
        Instant complete = closeDay < 0 ? null : T.plusSeconds(86_400L * closeDay);
        return new SprintSnapshot(id, "Sprint " + id, state, start, start, end, complete, 7);
    }
}
