package io.phasegate.contract;

import io.phasegate.core.app.SprintHealthView;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.sprint.DoneDefinition;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything {@code GET /boards/{boardId}/health} answers, the same for every caller: the drill-down
 * lists are filtered per caller, and the warnings put in the caller's language, only when written
 * ({@link HealthJson#bytes}).
 *
 * @param jiraBaseUrl the Jira to link drill-downs into; null when unknown
 */
public record HealthAnswer(
        BoardLayout board,
        DoneDefinition done,
        Set<DayOfWeek> workingDays,
        SprintHealthView view,
        List<BoardWarning> warnings,
        String jiraBaseUrl,
        Instant generatedAt) {
    public HealthAnswer {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(done, "done");
        workingDays = Set.copyOf(workingDays);
        Objects.requireNonNull(view, "view");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /** This answer with the board called {@code name}: for a name put in the caller's language when written. */
    public HealthAnswer withBoardName(String name) {
        return new HealthAnswer(
                new BoardLayout(board.id(), name, board.columns(), board.estimationField()),
                done,
                workingDays,
                view,
                warnings,
                jiraBaseUrl,
                generatedAt);
    }
}
