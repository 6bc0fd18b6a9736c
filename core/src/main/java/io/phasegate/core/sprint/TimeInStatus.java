package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time in status for the issues finished in a sprint (M24): per status, the total and median working
 * days between each issue's first start and its final Done; the bottleneck is the status with the
 * largest share of that in-flight time. Flow efficiency (M24b) is active ÷ (active + wait), where
 * wait is time in a configured wait status or back in the board's first column.
 */
final class TimeInStatus {
    private final BoardConfig board;
    private final FlowSettings settings;
    private final List<IssueFlow> flows;
    private final Map<String, BigDecimal> totals = new LinkedHashMap<>();
    private final Map<String, List<BigDecimal>> perIssue = new LinkedHashMap<>();
    private BigDecimal total = BigDecimal.ZERO;

    TimeInStatus(BoardConfig board, FlowSettings settings, List<IssueFlow> completed) {
        this.board = board;
        this.settings = settings;
        this.flows = completed.stream().filter(IssueFlow::completed).toList();
        for (IssueFlow flow : flows) {
            flow.statusTime().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> {
                        totals.merge(entry.getKey(), entry.getValue(), BigDecimal::add);
                        perIssue.computeIfAbsent(entry.getKey(), status -> new ArrayList<>())
                                .add(entry.getValue());
                        total = total.add(entry.getValue());
                    });
        }
    }

    /** M24: the bottleneck's share of in-flight time; each status's total, median and share as notes. */
    MetricResult bottleneck() {
        List<String> statuses = statuses();
        List<String> notes = new ArrayList<>(List.of(
                "time:" + Units.WORKING_DAYS, "window:first-start-to-final-done", Units.count("count", flows.size())));
        if (total.signum() == 0) {
            notes.add("no-completed-issues");
            return new MetricResult("M24", 1, null, Units.RATIO, List.of(), notes);
        }
        String bottleneck =
                statuses.stream().max(Comparator.comparing(totals::get)).orElseThrow();
        notes.add("bottleneck:" + bottleneck);
        notes.add("bottleneck-column:" + columnName(bottleneck));
        for (String status : statuses) {
            notes.add("total:" + status + ":" + Percentiles.plain(totals.get(status)));
            notes.add("median:" + status + ":" + Percentiles.plain(Percentiles.of(perIssue.get(status), 50)));
            notes.add("p85:" + status + ":" + Percentiles.plain(Percentiles.of(perIssue.get(status), 85)));
            notes.add("share:" + status + ":" + Percentiles.plain(Ratio.of(totals.get(status), total)));
        }
        List<IssueKey> keys = flows.stream()
                .filter(flow -> flow.statusTime().containsKey(bottleneck))
                .map(IssueFlow::key)
                .toList();
        return new MetricResult("M24", 1, Ratio.of(totals.get(bottleneck), total), Units.RATIO, keys, notes);
    }

    /** M24b: active ÷ (active + wait) over the same in-flight time. */
    MetricResult flowEfficiency() {
        BigDecimal wait = totals.entrySet().stream()
                .filter(entry -> isWait(entry.getKey()))
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal value = Ratio.of(total.subtract(wait), total);
        List<String> notes = new ArrayList<>(
                List.of("active:" + Percentiles.plain(total.subtract(wait)), "wait:" + Percentiles.plain(wait)));
        if (value == null) {
            notes.add("no-completed-issues");
        }
        List<IssueKey> keys = flows.stream().map(IssueFlow::key).toList();
        return new MetricResult("M24b", 1, value, Units.RATIO, keys, notes);
    }

    private boolean isWait(String status) {
        return settings.waitStatuses().contains(status) || board.columnOf(status) == 0;
    }

    /** Statuses in board order (unmapped ones last), ties broken by name, so the bottleneck is deterministic. */
    private List<String> statuses() {
        return totals.keySet().stream()
                .sorted(Comparator.comparingInt((String status) -> {
                            int column = board.columnOf(status);
                            return column < 0 ? Integer.MAX_VALUE : column;
                        })
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private String columnName(String status) {
        int column = board.columnOf(status);
        return column < 0 ? "unmapped" : board.columns().get(column).name();
    }
}
