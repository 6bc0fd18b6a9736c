package io.phasegate.jira.board;

import io.phasegate.core.sprint.SprintSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the REST resources read Jira Software boards, sprints and issue histories,
 * always in a system context: permissions are the resources' business, not the source's.
 *
 * <p>Methods throw {@link DataSourceUnavailableException} when the data cannot be read at all.
 */
public interface BoardDataSource {
    /** Every board. */
    List<JiraBoard> boards();

    /** The board with this id, if there is one. */
    Optional<JiraBoard> board(long id);

    /** The board's sprints, in any order. */
    List<SprintSnapshot> sprints(long boardId);

    /** Everything about the board the engine needs. */
    BoardReading read(long boardId);
}
