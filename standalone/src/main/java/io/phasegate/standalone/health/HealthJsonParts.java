package io.phasegate.standalone.health;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.phasegate.contract.BoardLayout;
import io.phasegate.contract.ContractJson;
import io.phasegate.contract.HealthJson;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.message.Message;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.MetricResult;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.standalone.ingest.BoardData;
import io.phasegate.standalone.text.BundleMessages;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The pieces of the sprint-health JSON that {@code phasegate health} shares with the REST contract:
 * the standalone's data handed to the contract's one writer ({@link HealthJson}).
 */
public final class HealthJsonParts {
    /** Writes decimals as they are (no exponent): {@code 0.0001}, never {@code 1E-4}. */
    public static final JsonFactory FACTORY = ContractJson.FACTORY;

    /** The standalone tool speaks English: warnings and messages in the core bundle's default texts. */
    public static final Function<Message, String> ENGLISH = new BundleMessages()::render;

    private HealthJsonParts() {}

    /** The board as the contract describes it. */
    public static BoardLayout layout(BoardData board) {
        return new BoardLayout(
                board.layout().id(),
                board.layout().name(),
                board.columns(),
                board.estimationField().id());
    }

    /** {@code "board": {"id", "name", "columns": [{"name", "statuses"}], "estimationField"}}. */
    public static void board(BoardData board, JsonGenerator json) throws IOException {
        HealthJson.board(layout(board), json);
    }

    /** {@code "done": "right-most-column", "workingDays": ["MON", …]}. */
    public static void settings(DoneDefinition done, Set<DayOfWeek> workingDays, JsonGenerator json)
            throws IOException {
        HealthJson.settings(done, workingDays, json);
    }

    /** {@code "metrics": {"M1": {"value", "unit", "issues", "notes", "formulaVersion"}, …}}. */
    public static void metrics(List<MetricResult> metrics, JsonGenerator json) throws IOException {
        HealthJson.metrics(metrics, json);
    }

    /** {@code "warnings": ["PG-9: …", …]}. */
    public static void warnings(List<BoardWarning> warnings, JsonGenerator json) throws IOException {
        HealthJson.warnings(warnings, ENGLISH, json);
    }

    /** A sprint state as the JSON spells it: {@code active}, {@code closed}, {@code future}. */
    public static String state(SprintState state) {
        return io.phasegate.contract.BoardsJson.state(state);
    }
}
