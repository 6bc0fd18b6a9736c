package io.phasegate.standalone.serve;

import io.phasegate.contract.HealthAnswer;
import io.phasegate.contract.HealthJson;
import io.phasegate.contract.HealthSettings;
import io.phasegate.contract.Params;
import io.phasegate.contract.Visibility;
import io.phasegate.core.app.AssessSprintHealth;
import io.phasegate.core.app.SprintHealthView;
import io.phasegate.core.history.SprintWarnings;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.standalone.health.HealthJsonParts;
import io.phasegate.standalone.ingest.BoardData;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/** {@code GET /boards/{boardId}/health?sprint=…&capacity=…}: a sprint's metrics and burn-up (contract § Sprint health). */
final class HealthEndpoint implements Router.Endpoint {
    private final Boards boards;
    private final Clock clock;

    HealthEndpoint(Boards boards, Clock clock) {
        this.boards = boards;
        this.clock = clock;
    }

    @Override
    public Reply answer(Request request) {
        LoadedBoard board = boards.board(request);
        BoardData data = board.data();
        SprintSnapshot sprint = Params.healthSprint(request.query("sprint").orElse(null), data.sprints());
        Optional<BigDecimal> capacity =
                Params.capacity(request.query("capacity").orElse(null));
        String key = HealthSettings.key(sprint.id(), capacity);
        byte[] body = board.cache()
                .get(
                        key,
                        sprint.state() == SprintState.ACTIVE,
                        () -> HealthJson.bytes(
                                answer(board, sprint, capacity), Visibility.ALL, HealthJsonParts.ENGLISH));
        return Reply.json(body);
    }

    private HealthAnswer answer(LoadedBoard board, SprintSnapshot sprint, Optional<BigDecimal> capacity) {
        BoardData data = board.data();
        AssessSprintHealth health = new AssessSprintHealth(
                data.boardSprints(),
                data.issues(),
                data.boardConfig(HealthSettings.DONE),
                HealthSettings.CALENDAR,
                HealthSettings.SETTINGS,
                clock,
                boards.snapshots());
        SprintHealthView view = health.assess(sprint, capacity);
        return new HealthAnswer(
                HealthJsonParts.layout(data),
                HealthSettings.DONE,
                HealthSettings.CALENDAR.workingDays(),
                view,
                SprintWarnings.with(data.warningsFor(sprint.id()), view.snapshotWarnings()),
                board.jiraBaseUrl(),
                clock.instant());
    }
}
