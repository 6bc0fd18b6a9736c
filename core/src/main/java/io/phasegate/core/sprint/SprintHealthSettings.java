package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The team's choices for sprint-health metrics: grace period after the start (G1), what counts as
 * interrupt work (M7), which resolutions mean "closed, not delivered" (G5), the rolling window
 * (M9, M13), blocked statuses (M18), the stale threshold (M19) and the estimate coverage below
 * which progress falls back to counts (M16).
 */
public record SprintHealthSettings(
        Duration grace,
        Set<String> interruptTypes,
        Set<String> interruptLabels,
        Set<String> notDeliveredResolutions,
        int rollingWindow,
        Set<String> blockedStatuses,
        int staleAfterWorkingDays,
        BigDecimal estimateCoverageThreshold) {
    /** Longest grace period we accept; the sources use minutes to an hour. */
    public static final Duration MAX_GRACE = Duration.ofDays(1);

    public SprintHealthSettings {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new IllegalArgumentException("grace must be between 0 and " + MAX_GRACE + ": " + grace);
        }
        interruptTypes = Set.copyOf(interruptTypes);
        interruptLabels = Set.copyOf(interruptLabels);
        notDeliveredResolutions = Set.copyOf(notDeliveredResolutions);
        blockedStatuses = Set.copyOf(blockedStatuses);
        if (rollingWindow < 1) {
            throw new IllegalArgumentException("rollingWindow must be at least 1: " + rollingWindow);
        }
        if (staleAfterWorkingDays < 1) {
            throw new IllegalArgumentException("staleAfterWorkingDays must be at least 1: " + staleAfterWorkingDays);
        }
        Objects.requireNonNull(estimateCoverageThreshold, "estimateCoverageThreshold");
        if (estimateCoverageThreshold.signum() < 0 || estimateCoverageThreshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("estimateCoverageThreshold must be in [0, 1]");
        }
    }

    /** No grace, Bug/Incident interrupts, Won't Do/Duplicate/Cancelled, Jira's window of 7, stale after 3 days. */
    public static SprintHealthSettings defaults() {
        return new SprintHealthSettings(
                Duration.ZERO,
                Set.of("Bug", "Incident"),
                Set.of("hotfix", "incident", "interrupt"),
                Set.of("Won't Do", "Duplicate", "Cancelled"),
                7,
                Set.of("Blocked"),
                3,
                new BigDecimal("0.5"));
    }

    public SprintHealthSettings withGrace(Duration newGrace) {
        return new SprintHealthSettings(
                newGrace,
                interruptTypes,
                interruptLabels,
                notDeliveredResolutions,
                rollingWindow,
                blockedStatuses,
                staleAfterWorkingDays,
                estimateCoverageThreshold);
    }

    public boolean isInterrupt(String issueType, Set<String> labels) {
        return interruptTypes.contains(issueType) || labels.stream().anyMatch(interruptLabels::contains);
    }
}
