package io.phasegate.standalone.serve;

import io.phasegate.contract.ApiException;
import io.phasegate.contract.BoardRef;
import io.phasegate.contract.BoardsJson;
import io.phasegate.contract.Params;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import java.util.List;
import java.util.Optional;

/**
 * The board of the data directory as the REST API names it: {@code GET /boards}, {@code GET
 * /boards/{boardId}/sprints}, and the lookups of a request's board and sprint that every board
 * endpoint shares (404 {@code board-not-found} / {@code sprint-not-found}).
 */
final class Boards {
    private final BoardSource source;

    Boards(BoardSource source) {
        this.source = source;
    }

    /** Where the board's sprint snapshots are kept. */
    SnapshotStore snapshots() {
        return source.snapshots();
    }

    /** The request's {@code boardId} board. */
    LoadedBoard board(Request request) {
        long id = request.idParam("boardId", "board-not-found");
        LoadedBoard board = source.board();
        if (board.id() != id) {
            throw ApiException.notFound(
                    "board-not-found",
                    "There is no board " + id + "; this server has board " + board.id() + " \""
                            + board.data().layout().name() + "\"");
        }
        return board;
    }

    /** The request's {@code sprint} parameter (see {@link Params#sprint}). */
    static Optional<SprintSnapshot> sprint(Request request, List<SprintSnapshot> sprints, boolean backlogAllowed) {
        return Params.sprint(request.query("sprint").orElse(null), sprints, backlogAllowed);
    }

    Reply list(Request request) {
        LoadedBoard board = source.board();
        return Reply.json(BoardsJson.boards(
                List.of(new BoardRef(board.id(), board.data().layout().name(), board.project()))));
    }

    Reply sprints(Request request) {
        return Reply.json(BoardsJson.sprints(board(request).data().sprints()));
    }

    static boolean isOpen(SprintSnapshot sprint) {
        return sprint.state() != SprintState.CLOSED;
    }
}
