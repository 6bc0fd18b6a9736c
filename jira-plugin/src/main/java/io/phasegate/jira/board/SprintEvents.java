package io.phasegate.jira.board;

/**
 * What Phasegate does when Jira Software starts, closes or edits a sprint. Jira Software's own event
 * classes stay in {@code board.jsw}; this port carries only ids.
 */
public interface SprintEvents {
    /** A sprint of the board went from future to active. */
    void started(long boardId, long sprintId);

    /** A sprint of the board went from active to closed. */
    void closed(long boardId, long sprintId);

    /** A sprint's data (name, dates, goal) changed. */
    void updated(long boardId, long sprintId);
}
