package io.phasegate.standalone.ingest;

import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.history.SprintWarnings;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.sprint.BoardColumn;
import io.phasegate.core.sprint.BoardConfig;
import io.phasegate.core.sprint.BoardSprints;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintSnapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One board's data as read from a directory of Jira REST responses: the board, its sprints, its
 * issues' histories and the warnings about odd data, ready for the sprint-health engine.
 *
 * @param columns the board's columns with status names (ids where no name is known)
 * @param statusCategories the category of every known status name
 */
public record BoardData(
        BoardLayout layout,
        List<BoardColumn> columns,
        Map<String, StatusCategory> statusCategories,
        FieldRef estimationField,
        List<SprintSnapshot> sprints,
        List<IssueHistory> issues,
        List<BoardWarning> warnings) {
    public BoardData {
        columns = List.copyOf(columns);
        statusCategories = Map.copyOf(statusCategories);
        sprints = sprints.stream()
                .sorted(Comparator.comparingLong(SprintSnapshot::id))
                .toList();
        issues = List.copyOf(issues);
        warnings = List.copyOf(warnings);
    }

    /** The board's configuration for the engine under a Done definition (G4). */
    public BoardConfig boardConfig(DoneDefinition done) {
        return new BoardConfig(columns, done, statusCategories, estimationField);
    }

    public BoardSprints boardSprints() {
        return new BoardSprints(sprints);
    }

    public Optional<SprintSnapshot> sprint(long id) {
        return sprints.stream().filter(sprint -> sprint.id() == id).findFirst();
    }

    /**
     * The warnings that concern a sprint: those about the whole data set, and those about issues
     * that were ever in the sprint.
     */
    public List<BoardWarning> warningsFor(long sprintId) {
        return SprintWarnings.concerning(sprintId, issues, warnings);
    }
}
