package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * People load as a team planning risk (M29): each person's points in scope against their capacity,
 * at t0 (planned) and at τ (current). The result counts the people over and under the band and never
 * names or ranks anyone: the drill-down lists the affected issues by key, and no note carries a name.
 */
public final class PeopleLoad {
    private final SprintLedger ledger;
    private final FlowSettings settings;
    private final TeamCapacity capacity;

    public PeopleLoad(SprintLedger ledger, FlowSettings settings, TeamCapacity capacity) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
    }

    /** M29: the number of people outside the utilisation band at τ; the counts per side as notes. */
    public MetricResult load() {
        List<String> notes = new ArrayList<>(List.of(
                "over-above:" + Percentiles.plain(settings.overloadedAbove()),
                "under-below:" + Percentiles.plain(settings.underloadedBelow()),
                "attribution:assignee-at-tau"));
        if (capacity.isUnknown()) {
            notes.add("no-capacity");
            return new MetricResult("M29", 1, null, Units.PEOPLE, List.of(), notes);
        }
        Map<String, BigDecimal> planned = load(ledger.committed(), true);
        Map<String, BigDecimal> current = load(ledger.finalScope(), false);
        Set<String> atRisk = new HashSet<>();
        Band now = band(current, atRisk);
        Band plan = band(planned, new HashSet<>());
        notes.add(Units.count("over", now.over()));
        notes.add(Units.count("under", now.under()));
        notes.add(Units.count("within", now.within()));
        notes.add(Units.count("planned-over", plan.over()));
        notes.add(Units.count("planned-under", plan.under()));
        notes.add(Units.count("no-capacity", now.withoutCapacity()));
        notes.add("unassigned-points:" + Percentiles.plain(current.getOrDefault(null, BigDecimal.ZERO)));
        if (intakeConcentrated()) {
            notes.add("added-intake-concentrated");
        }
        List<IssueKey> issues = ledger.finalScope().stream()
                .filter(item -> atRisk.contains(assignee(item, false)))
                .map(ScopeItem::key)
                .sorted(Comparator.comparing(IssueKey::value))
                .toList();
        return new MetricResult("M29", 1, BigDecimal.valueOf(now.over() + now.under()), Units.PEOPLE, issues, notes);
    }

    private Band band(Map<String, BigDecimal> load, Set<String> atRisk) {
        int over = 0;
        int under = 0;
        int within = 0;
        int without = 0;
        Set<String> people = new HashSet<>(capacity.pointsPerPerson().keySet());
        load.keySet().stream().filter(Objects::nonNull).forEach(people::add);
        for (String person : people) {
            BigDecimal points = load.getOrDefault(person, BigDecimal.ZERO);
            BigDecimal available = capacity.pointsPerPerson().get(person);
            if (available == null) {
                without++;
                continue;
            }
            BigDecimal utilisation = Ratio.of(points, available);
            if (utilisation == null) {
                // No capacity this sprint: any load at all is over it.
                utilisation = points.signum() > 0 ? settings.overloadedAbove().add(BigDecimal.ONE) : null;
            }
            if (utilisation == null) {
                within++;
            } else if (utilisation.compareTo(settings.overloadedAbove()) > 0) {
                over++;
                atRisk.add(person);
            } else if (utilisation.compareTo(settings.underloadedBelow()) < 0) {
                under++;
                atRisk.add(person);
            } else {
                within++;
            }
        }
        return new Band(over, under, within, without);
    }

    /** Points per assignee (null = unassigned) at t0 for the planned load, at τ for the current one. */
    private Map<String, BigDecimal> load(List<ScopeItem> items, boolean planned) {
        Map<String, BigDecimal> load = new HashMap<>();
        for (ScopeItem item : items) {
            load.merge(assignee(item, planned), planned ? item.entryPoints() : item.endPoints(), BigDecimal::add);
        }
        return load;
    }

    /** SaaSJet's rule: one assignee owning more than the configured share of the added items. */
    private boolean intakeConcentrated() {
        List<ScopeItem> added = ledger.added();
        Map<String, Integer> perPerson = new HashMap<>();
        added.stream()
                .map(item -> ledger.timeline(item.key()).assigneeAt(item.entry()))
                .filter(Objects::nonNull)
                .forEach(person -> perPerson.merge(person, 1, Integer::sum));
        BigDecimal limit = settings.addedIntakeShare().multiply(BigDecimal.valueOf(added.size()));
        return perPerson.values().stream()
                .anyMatch(count -> BigDecimal.valueOf(count).compareTo(limit) > 0);
    }

    private String assignee(ScopeItem item, boolean planned) {
        return ledger.timeline(item.key()).assigneeAt(planned ? ledger.t0() : ledger.observedEnd());
    }

    private record Band(int over, int under, int within, int withoutCapacity) {}
}
