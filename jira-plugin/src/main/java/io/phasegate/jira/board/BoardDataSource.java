package io.phasegate.jira.board;

import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.core.sprint.SprintSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the REST resources read Jira Software boards, sprints and issue histories,
 * in a system context: permissions are the resources' business, not the source's, except
 * {@link #canSee}, which asks Jira Software who may see a board, and the board itself, which Jira
 * Software hands only to a user who may see it (the logged-in user, or the user a background task
 * was given: a background thread has no logged-in user).
 *
 * <p>Methods throw {@link DataSourceUnavailableException} when the data cannot be read at all.
 */
public interface BoardDataSource {
    /** Every board the source offers; Jira Software offers those the logged-in user may see. */
    List<JiraBoard> boards();

    /** The board with this id, if there is one (for Jira Software: one the logged-in user may see). */
    Optional<JiraBoard> board(long id);

    /** The board's sprints, in any order. */
    List<SprintSnapshot> sprints(long boardId);

    /**
     * Whether Jira Software lets the user see the board (its own board visibility, on top of which
     * the resources check the board's project). False for a board that does not exist.
     */
    boolean canSee(ApplicationUser user, long boardId);

    /** Everything about the board the engine needs, read as the logged-in user (see {@link #read(long, ApplicationUser)}). */
    BoardReading read(long boardId);

    /**
     * Everything about the board the engine needs, read as the given user whoever is logged in on this
     * thread: for work done away from the user's request, such as the snapshot a sprint event starts on
     * a background thread. Only the board object depends on the user (Jira Software hands it out only
     * to a user who may see it); the reading is the same for every user who may.
     */
    BoardReading read(long boardId, ApplicationUser reader);
}
