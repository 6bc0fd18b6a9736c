package io.phasegate.standalone.health;

import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.sprint.SprintHealthReport;
import io.phasegate.core.sprint.SprintSnapshot;
import java.util.List;

/** One evaluated sprint with the data warnings that concern it. */
record SprintResult(SprintSnapshot sprint, SprintHealthReport report, List<BoardWarning> warnings) {
    SprintResult {
        warnings = List.copyOf(warnings);
    }
}
