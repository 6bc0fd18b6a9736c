package io.phasegate.standalone.health;

import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.standalone.ingest.BoardData;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** Everything {@code phasegate health} prints: the board, the settings in use and the evaluated sprints. */
record HealthRun(BoardData board, DoneDefinition done, Set<DayOfWeek> workingDays, List<SprintResult> sprints) {
    HealthRun {
        workingDays = Set.copyOf(workingDays);
        sprints = List.copyOf(sprints);
    }

    /** The Done definition as the option and the JSON spell it: {@code right-most-column}, {@code status-category}. */
    static String doneName(DoneDefinition done) {
        return done == DoneDefinition.RIGHT_MOST_COLUMN ? "right-most-column" : "status-category";
    }
}
