package io.phasegate.contract;

import io.phasegate.core.app.SprintPick;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The request parameters of the contract, read the same way by every adapter: path ids, {@code
 * sprint} and {@code capacity}. Bad values are {@link ApiException}s with the contract's codes.
 */
public final class Params {
    private static final BigDecimal MAX_CAPACITY = BigDecimal.valueOf(1_000_000);
    /** The most decimals a capacity may have: points are estimated in halves and quarters at most. */
    public static final int CAPACITY_DECIMALS = 2;

    private Params() {}

    /** A numeric path id such as {@code boardId}; a 404 with {@code code} when it is not a number. */
    public static long id(String name, String value, String code) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            throw ApiException.notFound(
                    code,
                    name.equals("boardId")
                            ? Message.of(MessageKey.CONTRACT_NO_BOARD_ID, String.valueOf(value))
                            : Message.of(
                                    MessageKey.CONTRACT_NO_SUCH_ID, name.replace("Id", ""), String.valueOf(value)));
        }
        return Long.parseLong(value);
    }

    /**
     * The {@code sprint} parameter: {@code active}, {@code last-closed}, an id or — when allowed —
     * {@code backlog} (empty). Without it: the active sprint, else the last closed one.
     */
    public static Optional<SprintSnapshot> sprint(String text, List<SprintSnapshot> sprints, boolean backlogAllowed) {
        SprintPick pick;
        try {
            pick = text != null && !text.isBlank()
                    ? SprintPick.parse(text, backlogAllowed)
                    : SprintPick.ACTIVE.find(sprints).isPresent() ? SprintPick.ACTIVE : SprintPick.LAST_CLOSED;
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(Message.of(
                    backlogAllowed ? MessageKey.CONTRACT_BAD_SPRINT_OR_BACKLOG : MessageKey.CONTRACT_BAD_SPRINT, text));
        }
        if (pick.kind() == SprintPick.Kind.BACKLOG) {
            return Optional.empty();
        }
        return Optional.of(
                pick.find(sprints).orElseThrow(() -> ApiException.notFound("sprint-not-found", noSprint(pick))));
    }

    private static Message noSprint(SprintPick pick) {
        return switch (pick.kind()) {
            case ACTIVE -> Message.of(MessageKey.CONTRACT_NO_ACTIVE_SPRINT);
            case LAST_CLOSED -> Message.of(MessageKey.CONTRACT_NO_CLOSED_SPRINT);
            default -> Message.of(MessageKey.CONTRACT_NO_SPRINT_ID, Long.toString(pick.id()));
        };
    }

    /** The sprint of a health request: started, not the backlog. */
    public static SprintSnapshot healthSprint(String text, List<SprintSnapshot> sprints) {
        SprintSnapshot sprint = sprint(text, sprints, false)
                .orElseThrow(() -> ApiException.badParameter(Message.of(MessageKey.CONTRACT_BACKLOG_NO_HEALTH)));
        if (sprint.state() == SprintState.FUTURE) {
            throw new ApiException(
                    400,
                    "sprint-not-started",
                    Message.of(MessageKey.CONTRACT_SPRINT_NOT_STARTED, Long.toString(sprint.id()), sprint.name()));
        }
        return sprint;
    }

    /**
     * The {@code capacity} parameter: the team's capacity in points, 0 to 1000000 with at most {@value
     * #CAPACITY_DECIMALS} decimals; empty when not given. The value is normalised (no trailing zeros, no
     * exponent), so equal capacities such as {@code 40}, {@code 40.0} and {@code 4E+1} are one value and
     * its plain form is never longer than ten characters. Numbers such as {@code 1E-999999999} are
     * refused before anything writes them out (written plainly they would take a gigabyte).
     */
    public static Optional<BigDecimal> capacity(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        BigDecimal points;
        try {
            points = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw badCapacity(text);
        }
        // Comparing and stripping look at the exponent only: cheap even for 1E-999999999.
        if (points.signum() < 0 || points.compareTo(MAX_CAPACITY) > 0) {
            throw badCapacity(text);
        }
        BigDecimal normalised = points.stripTrailingZeros();
        if (normalised.scale() > CAPACITY_DECIMALS) {
            throw ApiException.badParameter(
                    Message.of(MessageKey.CONTRACT_CAPACITY_DECIMALS, CAPACITY_DECIMALS, shortened(text)));
        }
        return Optional.of(normalised.scale() < 0 ? normalised.setScale(0) : normalised);
    }

    private static ApiException badCapacity(String text) {
        return ApiException.badParameter(Message.of(MessageKey.CONTRACT_BAD_CAPACITY, shortened(text)));
    }

    /** The text as the caller wrote it, cut to a readable length for the message. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
