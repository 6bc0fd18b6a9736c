package io.phasegate.core.coverage;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.ScopeItem;
import io.phasegate.core.sprint.SprintLedger;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The points that weigh coverage, read off a sprint's ledger so they match its velocity and commitment. */
public final class DeliveredPoints {
    private DeliveredPoints() {}

    /** E(i, t1) of each delivered issue (D), the weights of M41; they sum to the velocity. */
    public static Map<IssueKey, BigDecimal> of(SprintLedger ledger) {
        Map<IssueKey, BigDecimal> points = new LinkedHashMap<>();
        ledger.done().forEach(item -> points.put(item.key(), item.endPoints()));
        return points;
    }

    /** E(i, t0) of each committed issue (C), the weights of M39's points-weighted variant. */
    public static Map<IssueKey, BigDecimal> committed(SprintLedger ledger) {
        Map<IssueKey, BigDecimal> points = new LinkedHashMap<>();
        for (ScopeItem item : ledger.committed()) {
            points.put(item.key(), item.entryPoints());
        }
        return points;
    }
}
