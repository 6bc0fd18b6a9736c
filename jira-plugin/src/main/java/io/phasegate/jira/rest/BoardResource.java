package io.phasegate.jira.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.phasegate.contract.ApiException;
import io.phasegate.contract.BoardRef;
import io.phasegate.contract.BoardsJson;
import io.phasegate.contract.CoverageAnswer;
import io.phasegate.contract.CoverageJson;
import io.phasegate.contract.HealthAnswer;
import io.phasegate.contract.HealthJson;
import io.phasegate.contract.Params;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.jira.board.BoardDataSource;
import io.phasegate.jira.board.JiraBoard;
import io.phasegate.jira.i18n.JiraMessages;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/phasegate/1.0/boards…}: the boards the caller may see, their sprints, sprint health
 * and readiness coverage (docs/rest/contract.md). Aggregates come from {@link Answers}, computed in a
 * system context and shared by every caller; drill-down lists are filtered for the caller.
 */
@Named
@LicensedOnly
@Path("/boards")
@Produces("application/json")
public class BoardResource {
    private final BoardDataSource boards;
    private final Answers answers;
    private final Permissions permissions;
    private final JiraMessages messages;
    private final Clock clock;

    @Inject
    public BoardResource(BoardDataSource boards, Answers answers, Permissions permissions, JiraMessages messages) {
        this(boards, answers, permissions, messages, Clock.systemUTC());
    }

    BoardResource(
            BoardDataSource boards, Answers answers, Permissions permissions, JiraMessages messages, Clock clock) {
        this.boards = boards;
        this.answers = answers;
        this.permissions = permissions;
        this.messages = messages;
        this.clock = clock;
    }

    @GET
    public Response list() {
        return Responses.answer(messages, () -> {
            ApplicationUser user = permissions.caller();
            List<BoardRef> visible = boards.boards().stream()
                    .filter(board -> permissions.canSee(user, board))
                    .map(board -> new BoardRef(board.id(), boardName(board.id(), board.name()), board.projectKey()))
                    .toList();
            return BoardsJson.boards(visible);
        });
    }

    @GET
    @Path("{boardId}/sprints")
    public Response sprints(@PathParam("boardId") String boardId) {
        return Responses.answer(messages, () -> {
            JiraBoard board = board(boardId);
            return BoardsJson.sprints(answers.sprints(board.id()));
        });
    }

    @GET
    @Path("{boardId}/health")
    public Response health(
            @PathParam("boardId") String boardId,
            @QueryParam("sprint") String sprint,
            @QueryParam("capacity") String capacity) {
        return Responses.answer(messages, () -> {
            ApplicationUser user = permissions.caller();
            JiraBoard board = board(user, boardId);
            SprintSnapshot chosen = Params.healthSprint(sprint, answers.sprints(board.id()));
            Optional<BigDecimal> points = Params.capacity(capacity);
            // Warnings are kept coded in the shared answer and put in the caller's language here.
            HealthAnswer answer = answers.health(board.id(), chosen.id(), points);
            return HealthJson.bytes(
                    answer.withBoardName(boardName(board.id(), answer.board().name())),
                    permissions.visibility(user),
                    messages::text);
        });
    }

    @GET
    @Path("{boardId}/coverage")
    public Response coverage(@PathParam("boardId") String boardId, @QueryParam("sprint") String sprint) {
        return Responses.answer(messages, () -> {
            ApplicationUser user = permissions.caller();
            JiraBoard board = board(user, boardId);
            Optional<SprintSnapshot> chosen = Params.sprint(sprint, answers.sprints(board.id()), true);
            Answers.Coverage coverage = answers.coverage(board.id(), chosen);
            CoverageAnswer answer = new CoverageAnswer(
                    coverage.boardId(),
                    boardName(coverage.boardId(), coverage.boardName()),
                    coverage.sprint(),
                    coverage.view(),
                    CoverageJson.offenders(
                            coverage.view().offenders(), violation -> messages.text(violation.message())),
                    null,
                    clock.instant());
            return CoverageJson.bytes(answer, permissions.visibility(user));
        });
    }

    /**
     * A board's name for the caller: as Jira Software names it, or "Board 7" in the caller's language for
     * a board without a name (readings are shared by every caller, so they keep the name empty).
     */
    private String boardName(long id, String name) {
        return name == null || name.isEmpty()
                ? messages.textAsGiven("phasegate.board.unnamed", String.valueOf(id))
                : name;
    }

    private JiraBoard board(String boardId) {
        return board(permissions.caller(), boardId);
    }

    /** The path's board: 404 when there is none, 403 when the caller may not see it. */
    private JiraBoard board(ApplicationUser user, String boardId) {
        long id = Params.id("boardId", boardId, "board-not-found");
        JiraBoard board = boards.board(id)
                .orElseThrow(() -> ApiException.notFound(
                        "board-not-found",
                        messages.textAsGiven("phasegate.rest.error.board-not-found", String.valueOf(id))));
        return permissions.require(user, board);
    }
}
