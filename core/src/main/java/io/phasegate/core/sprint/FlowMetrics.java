package io.phasegate.core.sprint;

import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Flow metrics of one sprint in working days (G3): cycle time (M22), throughput (M25), WIP (M26)
 * and ageing WIP (M26b). Time in status and the bottleneck (M24) are in {@link TimeInStatus}.
 *
 * <p>The population is the sprint's delivered issues (D) plus the sub-tasks in the sprint that were
 * finished in it (§3.K: sub-tasks are part of flow and WIP, though they carry no points).
 */
public final class FlowMetrics {
    private final SprintLedger ledger;
    private final WorkCalendar calendar;
    private final FlowSettings settings;
    private final List<IssueFlow> completed = new ArrayList<>();
    private final List<IssueFlow> inFlight = new ArrayList<>();
    private final List<BigDecimal> reference;

    /**
     * @param earlierCompleted the flows of issues completed in earlier sprints, which together with this
     *     sprint's form the reference for ageing (M26b)
     */
    public FlowMetrics(
            SprintLedger ledger, WorkCalendar calendar, FlowSettings settings, List<IssueFlow> earlierCompleted) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
        FlowReplay replay = new FlowReplay(ledger.board(), calendar, settings.cycleTime());
        Instant tau = ledger.observedEnd();
        for (ScopeItem item : ledger.finalScope()) {
            IssueFlow flow = replay.flow(ledger.timeline(item.key()), tau);
            sort(flow, item.done(), !item.done() && !item.closedNotDelivered());
        }
        for (IssueKey key : ledger.subtasks()) {
            IssueTimeline timeline = ledger.timeline(key);
            if (timeline.inSprintAt(ledger.sprint().id(), tau)) {
                IssueFlow flow = replay.flow(timeline, tau);
                sort(flow, flow.finalDone() != null && flow.finalDone().isAfter(ledger.t0()), flow.finalDone() == null);
            }
        }
        List<BigDecimal> all = new ArrayList<>();
        earlierCompleted.stream()
                .map(IssueFlow::cycleTime)
                .filter(Objects::nonNull)
                .forEach(all::add);
        completed.stream().map(IssueFlow::cycleTime).filter(Objects::nonNull).forEach(all::add);
        this.reference = List.copyOf(all);
    }

    private void sort(IssueFlow flow, boolean done, boolean open) {
        if (done) {
            completed.add(flow);
        } else if (open
                && ledger.board().isInProgress(ledger.timeline(flow.key()).statusAt(ledger.observedEnd()))) {
            inFlight.add(flow);
        }
    }

    /** M22, M24, M24b, M25, M26 and M26b in order. */
    public List<MetricResult> all() {
        TimeInStatus timeInStatus = new TimeInStatus(ledger.board(), settings, completed);
        return List.of(
                cycleTime(), timeInStatus.bottleneck(), timeInStatus.flowEfficiency(), throughput(), wip(), ageing());
    }

    /** The issues finished in the sprint, with their flows; the reference for later sprints' ageing. */
    public List<IssueFlow> completed() {
        return List.copyOf(completed);
    }

    /** M22: the median cycle time with p85 and p95, the variant, and each issue's time for the scatter. */
    public MetricResult cycleTime() {
        List<IssueFlow> measured =
                completed.stream().filter(IssueFlow::completed).toList();
        List<BigDecimal> times = measured.stream().map(IssueFlow::cycleTime).toList();
        List<String> notes = new ArrayList<>(List.of(
                "variant:" + settings.cycleTime().noteName(),
                "time:" + Units.WORKING_DAYS,
                "aggregate:p50",
                Percentiles.METHOD_NOTE,
                "p85:" + Percentiles.plain(Percentiles.of(times, 85)),
                "p95:" + Percentiles.plain(Percentiles.of(times, 95)),
                Units.count("count", measured.size()),
                Units.count(
                        "never-in-progress",
                        completed.stream().filter(IssueFlow::neverStarted).count()),
                Units.count("in-flight-excluded", inFlight.size())));
        measured.forEach(flow -> notes.add("cycle-time:" + flow.key() + ":" + Percentiles.plain(flow.cycleTime())));
        if (times.isEmpty()) {
            notes.add("no-completed-issues");
        }
        return new MetricResult("M22", 1, Percentiles.of(times, 50), Units.WORKING_DAYS, keys(measured), notes);
    }

    /** M25: issues reaching Done in the sprint (D), with their points and the rate per calendar week. */
    public MetricResult throughput() {
        List<ScopeItem> done = ledger.done();
        List<String> notes = new ArrayList<>(List.of(
                "period:sprint",
                "points:" + Percentiles.plain(ledger.velocity()),
                Units.count(
                        "subtasks-done",
                        completed.stream().filter(IssueFlow::subtask).count())));
        Duration length = Duration.between(ledger.t0(), ledger.t1());
        BigDecimal weeks = Ratio.of(BigDecimal.valueOf(length.toMinutes()), BigDecimal.valueOf(7L * 24 * 60));
        BigDecimal perWeek = Ratio.of(BigDecimal.valueOf(done.size()), weeks);
        if (perWeek != null) {
            notes.add("per-week:" + Percentiles.plain(perWeek));
        }
        return new MetricResult(
                "M25", 1, BigDecimal.valueOf(done.size()), Units.ISSUES, SprintLedger.keys(done), notes);
    }

    /** M26: issues in an in-progress column at τ, with the per-person WIP as a histogram, never by name. */
    public MetricResult wip() {
        Map<String, Integer> perPerson = new TreeMap<>();
        long unassigned = 0;
        for (IssueFlow flow : inFlight) {
            String assignee = ledger.timeline(flow.key()).assigneeAt(ledger.observedEnd());
            if (assignee == null) {
                unassigned++;
            } else {
                perPerson.merge(assignee, 1, Integer::sum);
            }
        }
        Map<Integer, Integer> histogram = new TreeMap<>();
        perPerson.values().forEach(wip -> histogram.merge(wip, 1, Integer::sum));
        List<String> notes = new ArrayList<>(List.of(
                Units.count("unassigned", unassigned),
                Units.count(
                        "subtasks", inFlight.stream().filter(IssueFlow::subtask).count())));
        histogram.forEach((wip, people) -> notes.add("people-with-wip:" + wip + ":" + people));
        return new MetricResult("M26", 1, BigDecimal.valueOf(inFlight.size()), Units.ISSUES, keys(inFlight), notes);
    }

    /** M26b: in-flight issues older than the p85 cycle time of recently completed issues, oldest first. */
    public MetricResult ageing() {
        BigDecimal p85 = Percentiles.of(reference, 85);
        List<String> notes = new ArrayList<>(List.of(
                "reference-p85:" + Percentiles.plain(p85),
                Units.count("reference-size", reference.size()),
                "variant:" + settings.cycleTime().noteName()));
        if (p85 == null) {
            notes.add("no-reference");
            return new MetricResult("M26b", 1, null, Units.ISSUES, List.of(), notes);
        }
        List<Aged> aged = inFlight.stream()
                .map(flow -> new Aged(flow.key(), age(flow)))
                .sorted(Comparator.comparing(Aged::age).reversed().thenComparing(item -> item.key()
                        .value()))
                .toList();
        aged.forEach(item -> notes.add("age:" + item.key() + ":" + Percentiles.plain(item.age())));
        List<IssueKey> old = aged.stream()
                .filter(item -> item.age().compareTo(p85) > 0)
                .map(Aged::key)
                .toList();
        return new MetricResult("M26b", 1, BigDecimal.valueOf(old.size()), Units.ISSUES, old, notes);
    }

    private BigDecimal age(IssueFlow flow) {
        Instant start = flow.firstStart() == null ? ledger.observedEnd() : flow.firstStart();
        return calendar.workingDaysBetween(start, ledger.observedEnd());
    }

    private static List<IssueKey> keys(List<IssueFlow> flows) {
        return flows.stream().map(IssueFlow::key).toList();
    }

    private record Aged(IssueKey key, BigDecimal age) {}
}
