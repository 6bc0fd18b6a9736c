package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The team's choices for the flow, work-mix and people-load metrics: the cycle-time variant (M22),
 * the statuses that count as waiting (M24b), the work-mix categories in priority order (M27), and
 * the utilisation band outside which a person's load is a planning risk (M29).
 */
public record FlowSettings(
        CycleTimeVariant cycleTime,
        Set<String> waitStatuses,
        List<WorkCategory> categories,
        BigDecimal overloadedAbove,
        BigDecimal underloadedBelow,
        BigDecimal addedIntakeShare) {
    public FlowSettings {
        Objects.requireNonNull(cycleTime, "cycleTime");
        waitStatuses = Set.copyOf(waitStatuses);
        categories = List.copyOf(categories);
        Objects.requireNonNull(overloadedAbove, "overloadedAbove");
        Objects.requireNonNull(underloadedBelow, "underloadedBelow");
        Objects.requireNonNull(addedIntakeShare, "addedIntakeShare");
        if (underloadedBelow.signum() < 0 || underloadedBelow.compareTo(overloadedAbove) > 0) {
            throw new IllegalArgumentException("need 0 <= underloadedBelow <= overloadedAbove");
        }
        if (addedIntakeShare.signum() <= 0 || addedIntakeShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("addedIntakeShare must be in (0, 1]");
        }
        if (categories.stream().map(WorkCategory::name).distinct().count() != categories.size()) {
            throw new IllegalArgumentException("category names must be unique");
        }
    }

    /**
     * In-progress time; Blocked and "Ready for …" statuses wait; Bug, Tech debt, Compliance and New
     * initiative categories; over 110% and under 60% utilisation; one person owning over 30% of the
     * added items.
     */
    public static FlowSettings defaults() {
        return new FlowSettings(
                CycleTimeVariant.IN_PROGRESS_TIME,
                Set.of("Blocked", "Ready for Review", "Ready for Testing", "Ready for Deployment"),
                List.of(
                        new WorkCategory("Bug", Set.of("Bug", "Incident"), Set.of("bug", "hotfix")),
                        new WorkCategory("Tech debt", Set.of("Technical Debt"), Set.of("tech-debt", "refactoring")),
                        new WorkCategory("Compliance", Set.of("Compliance"), Set.of("compliance", "audit")),
                        new WorkCategory("New initiative", Set.of("Story", "Feature"), Set.of())),
                new BigDecimal("1.10"),
                new BigDecimal("0.60"),
                new BigDecimal("0.30"));
    }

    public FlowSettings withCycleTime(CycleTimeVariant variant) {
        return new FlowSettings(variant, waitStatuses, categories, overloadedAbove, underloadedBelow, addedIntakeShare);
    }

    /** The first category that claims the issue, or {@link WorkCategory#UNCATEGORIZED}. */
    public String categoryOf(String issueType, Set<String> labels) {
        return categories.stream()
                .filter(category -> category.matches(issueType, labels))
                .map(WorkCategory::name)
                .findFirst()
                .orElse(WorkCategory.UNCATEGORIZED);
    }
}
