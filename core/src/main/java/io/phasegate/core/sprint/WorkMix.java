package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.SprintLedger.keys;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the sprint's work went (section E): every scope issue gets exactly one category (M27), and
 * the planned mix (C at t0) is compared with the delivered mix (D at the end) (M28). Sub-tasks carry
 * no points and are left out, so no category inheritance is needed here.
 */
public final class WorkMix {
    private final SprintLedger ledger;
    private final FlowSettings settings;

    public WorkMix(SprintLedger ledger, FlowSettings settings) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** M27 and M28 in order. */
    public List<MetricResult> all() {
        return List.of(categories(), mix());
    }

    /** The category of a scope issue: the first configured category that claims it, or Uncategorized. */
    public String categoryOf(IssueKey key) {
        IssueHistory history = ledger.timeline(key).history();
        return settings.categoryOf(history.issueType(), history.labels());
    }

    /** M27: the share of C ∪ A that no category claims; the count per category as notes. */
    public MetricResult categories() {
        List<ScopeItem> items = ledger.items();
        Map<String, Long> counts = emptyBuckets(Long.valueOf(0));
        List<ScopeItem> uncategorized = new ArrayList<>();
        for (ScopeItem item : items) {
            String category = categoryOf(item.key());
            counts.merge(category, 1L, Long::sum);
            if (category.equals(WorkCategory.UNCATEGORIZED)) {
                uncategorized.add(item);
            }
        }
        List<String> notes = new ArrayList<>(List.of("rule:first-match", "population:committed-and-added"));
        counts.forEach((category, count) -> notes.add("category:" + category + ":" + count));
        BigDecimal value = Ratio.of(uncategorized.size(), items.size());
        if (value == null) {
            notes.add("no-scope");
        }
        return new MetricResult("M27", 1, value, Units.RATIO, keys(uncategorized), notes);
    }

    /**
     * M28: the distance between the planned and the delivered mix, ½ Σ |planned share − delivered
     * share| (0 = delivered exactly the planned mix, 1 = nothing in common), in completed points, or
     * in completed issues when either side has no points; both mixes as notes.
     */
    public MetricResult mix() {
        List<ScopeItem> planned = ledger.committed();
        List<ScopeItem> delivered = ledger.done();
        boolean points =
                ledger.committedPoints().signum() > 0 && ledger.velocity().signum() > 0;
        Map<String, BigDecimal> plan = shares(planned, points ? ScopeItem::entryPoints : item -> BigDecimal.ONE);
        Map<String, BigDecimal> done = shares(delivered, points ? ScopeItem::endPoints : item -> BigDecimal.ONE);
        List<String> notes = new ArrayList<>(List.of(
                points ? "measure:completed-points" : "measure:completed-issues",
                "planned:committed-at-t0",
                "delivered:done-at-end"));
        if (!points) {
            notes.add(Units.COUNTS_FALLBACK);
        }
        plan.forEach((category, share) -> notes.add("planned:" + category + ":" + Percentiles.plain(share)));
        done.forEach((category, share) -> notes.add("delivered:" + category + ":" + Percentiles.plain(share)));
        if (planned.isEmpty() || delivered.isEmpty()) {
            notes.add(planned.isEmpty() ? Units.NO_COMMITMENT : "no-delivery");
            return new MetricResult("M28", 1, null, Units.RATIO, keys(delivered), notes);
        }
        BigDecimal distance = BigDecimal.ZERO;
        for (String category : plan.keySet()) {
            distance =
                    distance.add(plan.get(category).subtract(done.get(category)).abs());
        }
        BigDecimal value = Ratio.of(distance, BigDecimal.valueOf(2));
        return new MetricResult("M28", 1, value, Units.RATIO, keys(delivered), notes);
    }

    private Map<String, BigDecimal> shares(List<ScopeItem> items, Function<ScopeItem, BigDecimal> weight) {
        Map<String, BigDecimal> sums = emptyBuckets(BigDecimal.ZERO);
        BigDecimal total = BigDecimal.ZERO;
        for (ScopeItem item : items) {
            sums.merge(categoryOf(item.key()), weight.apply(item), BigDecimal::add);
            total = total.add(weight.apply(item));
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> entry : sums.entrySet()) {
            BigDecimal share = Ratio.of(entry.getValue(), total);
            shares.put(entry.getKey(), share == null ? BigDecimal.ZERO : share);
        }
        return shares;
    }

    /** One bucket per configured category in order, then Uncategorized. */
    private <V> Map<String, V> emptyBuckets(V zero) {
        Map<String, V> buckets = new LinkedHashMap<>();
        settings.categories().forEach(category -> buckets.put(category.name(), zero));
        buckets.put(WorkCategory.UNCATEGORIZED, zero);
        return buckets;
    }
}
