package io.phasegate.contract;

import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.SprintHealthSettings;
import io.phasegate.core.sprint.WorkCalendar;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The sprint-health settings every adapter answers with (done is the board's right-most column,
 * Monday to Friday in UTC, the engine's default thresholds) and the cache key of one health answer
 * of a board, so that {@code phasegate serve} and the Jira plugin cannot drift apart.
 */
public final class HealthSettings {
    /** An issue is done in the board's right-most column. */
    public static final DoneDefinition DONE = DoneDefinition.RIGHT_MOST_COLUMN;

    /** Working days are Monday to Friday, dates in UTC. */
    public static final WorkCalendar CALENDAR = WorkCalendar.mondayToFriday(ZoneOffset.UTC);

    /** The engine's default thresholds. */
    public static final SprintHealthSettings SETTINGS = SprintHealthSettings.defaults();

    private HealthSettings() {}

    /**
     * The key of a board's health answer for this sprint and capacity. The capacity is one {@link
     * Params#capacity} returned (normalised, at most two decimals), so equal capacities share a key and
     * the key stays short.
     *
     * @throws IllegalArgumentException for a capacity {@link Params#capacity} would have refused
     */
    public static String key(long sprintId, Optional<BigDecimal> capacity) {
        return "health|" + sprintId + "|" + capacity.map(HealthSettings::plain).orElse("");
    }

    private static String plain(BigDecimal capacity) {
        BigDecimal normalised = capacity.stripTrailingZeros();
        if (normalised.scale() > Params.CAPACITY_DECIMALS || normalised.precision() - normalised.scale() > 7) {
            throw new IllegalArgumentException("not a capacity Params accepts: " + capacity.toString());
        }
        return (normalised.scale() < 0 ? normalised.setScale(0) : normalised).toPlainString();
    }
}
