package io.phasegate.core.app;

import io.phasegate.core.sprint.ScopeItem;
import io.phasegate.core.sprint.SprintLedger;
import io.phasegate.core.sprint.TeamCapacity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Turns a team's capacity in points into the per-person {@link TeamCapacity} that M29 needs. */
final class TeamCapacities {
    private static final int SCALE = 4;

    private TeamCapacities() {}

    /**
     * The team's points shared evenly by the assignees of the sprint's final scope at τ; unknown when
     * nobody is assigned, since there is then nobody to be over or under capacity.
     */
    static TeamCapacity evenly(BigDecimal teamPoints, SprintLedger ledger) {
        if (teamPoints.signum() < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + teamPoints);
        }
        Map<String, BigDecimal> people = new TreeMap<>();
        for (ScopeItem item : ledger.finalScope()) {
            String assignee = ledger.timeline(item.key()).assigneeAt(ledger.observedEnd());
            if (assignee != null) {
                people.put(assignee, BigDecimal.ZERO);
            }
        }
        if (people.isEmpty()) {
            return TeamCapacity.unknown();
        }
        BigDecimal share = teamPoints.divide(BigDecimal.valueOf(people.size()), SCALE, RoundingMode.HALF_EVEN);
        people.replaceAll((person, none) -> Objects.requireNonNull(share));
        return new TeamCapacity(people);
    }
}
