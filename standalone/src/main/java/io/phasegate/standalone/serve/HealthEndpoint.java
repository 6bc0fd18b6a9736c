package io.phasegate.standalone.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import io.phasegate.core.app.AssessSprintHealth;
import io.phasegate.core.app.SprintHealthView;
import io.phasegate.core.sprint.BurnUp;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.SprintHealthSettings;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.core.sprint.WorkCalendar;
import io.phasegate.standalone.health.HealthJsonParts;
import io.phasegate.standalone.ingest.BoardData;
import io.phasegate.standalone.snapshot.SnapshotWarnings;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/** {@code GET /boards/{boardId}/health?sprint=…&capacity=…}: a sprint's metrics and burn-up (contract § Sprint health). */
final class HealthEndpoint implements Router.Endpoint {
    static final DoneDefinition DONE = DoneDefinition.RIGHT_MOST_COLUMN;
    static final WorkCalendar CALENDAR = WorkCalendar.mondayToFriday(ZoneOffset.UTC);

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
        AssessSprintHealth health = new AssessSprintHealth(
                data.boardSprints(),
                data.issues(),
                data.boardConfig(DONE),
                CALENDAR,
                SprintHealthSettings.defaults(),
                clock,
                boards.snapshots());
        SprintSnapshot sprint = Boards.sprint(request, data.sprints(), false)
                .orElseThrow(() -> ApiException.badParameter("sprint=backlog has no sprint health"));
        if (sprint.state() == SprintState.FUTURE) {
            throw new ApiException(
                    400,
                    "sprint-not-started",
                    "Sprint " + sprint.id() + " \"" + sprint.name()
                            + "\" has not started; there is no health to measure yet");
        }
        Optional<BigDecimal> capacity = capacity(request);
        String key = "health|" + sprint.id() + "|"
                + capacity.map(BigDecimal::toPlainString).orElse("");
        byte[] body = board.cache()
                .get(
                        key,
                        sprint.state() == SprintState.ACTIVE,
                        () -> JsonBytes.of(json -> write(board, health.assess(sprint, capacity), json)));
        return Reply.json(body);
    }

    private static Optional<BigDecimal> capacity(Request request) {
        Optional<String> text = request.query("capacity");
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal points = new BigDecimal(text.get().strip());
            if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new NumberFormatException();
            }
            return Optional.of(points.stripTrailingZeros());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(
                    "capacity must be the team's capacity in points, a number from 0 to 1000000, not \"" + text.get()
                            + "\"");
        }
    }

    private void write(LoadedBoard board, SprintHealthView view, JsonGenerator json) throws IOException {
        json.writeStartObject();
        HealthJsonParts.board(board.data(), json);
        HealthJsonParts.settings(DONE, CALENDAR.workingDays(), json);
        json.writeObjectFieldStart("sprint");
        Boards.sprintFields(view.sprint(), json);
        HealthJsonParts.metrics(view.report().metrics(), json);
        burnUp(view.burnUp(), json);
        HealthJsonParts.warnings(
                SnapshotWarnings.with(board.data().warningsFor(view.sprint().id()), view.snapshotWarnings()), json);
        json.writeEndObject();
        json.writeNumberField("hidden", 0);
        json.writeStringField("jiraBaseUrl", board.jiraBaseUrl());
        json.writeStringField("generatedAt", clock.instant().toString());
        json.writeEndObject();
    }

    private static void burnUp(BurnUp burnUp, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("burnup");
        json.writeArrayFieldStart("days");
        for (BurnUp.Day day : burnUp.days()) {
            json.writeStartObject();
            json.writeStringField("date", day.date().toString());
            json.writeNumberField("scope", day.scope().stripTrailingZeros());
            json.writeNumberField("done", day.done().stripTrailingZeros());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("pace");
        for (BurnUp.Pace pace : burnUp.pace()) {
            json.writeStartObject();
            json.writeStringField("date", pace.date().toString());
            json.writeNumberField("done", pace.done().stripTrailingZeros());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (burnUp.projection() == null) {
            json.writeNullField("projection");
        } else {
            json.writeObjectFieldStart("projection");
            json.writeStringField("date", burnUp.projection().date().toString());
            json.writeNumberField("done", burnUp.projection().done().stripTrailingZeros());
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
