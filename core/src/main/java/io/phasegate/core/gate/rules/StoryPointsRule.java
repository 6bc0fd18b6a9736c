package io.phasegate.core.gate.rules;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A rule requiring story points greater than 0, on the issue or its sub-tasks depending on the
 * {@link StoryPointsPolicy}. A missing value (null) and 0 are reported differently; text that parses
 * as a number is accepted. A sub-task being evaluated is always judged on its own value.
 *
 * @param forbidParentWhenSubtasksEstimated also require that points sit on one level only: an issue
 *     with non-zero points may not have sub-tasks with non-zero points (they would be counted twice)
 */
public record StoryPointsRule(FieldRef field, StoryPointsPolicy policy, boolean forbidParentWhenSubtasksEstimated)
        implements GateRule {

    public StoryPointsRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Set<FieldRef> fieldsRead() {
        return Set.of(field);
    }

    @Override
    public RuleId id() {
        return RuleId.STORY_POINTS;
    }

    @Override
    public RuleResult evaluate(IssueSnapshot issue) {
        if (!issue.fieldExists(field)) {
            return RuleResult.misconfigured(
                    new Misconfiguration(id(), Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, field.id())));
        }
        List<Violation> violations = new ArrayList<>();
        // Each sub-task's value is read once; the policies below only look at these.
        List<Estimated> subtasks = issue.subtask()
                ? List.of()
                : issue.subtasks().stream()
                        .map(subtask -> new Estimated(subtask, Estimate.of(subtask, field)))
                        .toList();
        if (policy == StoryPointsPolicy.ISSUE || subtasks.isEmpty()) {
            ownValue(issue).ifPresent(violations::add);
        } else if (policy == StoryPointsPolicy.EVERY_SUBTASK) {
            violations.addAll(everySubtask(subtasks));
        } else {
            violations.addAll(sumOfSubtasks(issue, subtasks));
        }
        if (forbidParentWhenSubtasksEstimated) {
            doubleCounted(issue, subtasks).ifPresent(violations::add);
        }
        return RuleResult.violated(violations);
    }

    private Optional<Violation> ownValue(IssueSnapshot issue) {
        Estimate estimate = Estimate.of(issue, field);
        String key = issue.key().value();
        if (estimate instanceof Estimate.Missing) {
            return Optional.of(violation(MessageKey.STORY_POINTS_MISSING, key, field.id()));
        }
        if (estimate instanceof Estimate.NotANumber nan) {
            return Optional.of(violation(MessageKey.STORY_POINTS_NOT_A_NUMBER, key, field.id(), nan.text()));
        }
        Estimate.Points points = (Estimate.Points) estimate;
        return points.positive()
                ? Optional.empty()
                : Optional.of(violation(MessageKey.STORY_POINTS_NOT_POSITIVE, key, field.id(), points.value()));
    }

    private List<Violation> everySubtask(List<Estimated> subtasks) {
        List<Violation> violations = new ArrayList<>();
        listSubtasks(subtasks, Estimate.Missing.class::isInstance, MessageKey.STORY_POINTS_SUBTASKS_MISSING)
                .ifPresent(violations::add);
        listSubtasks(subtasks, StoryPointsRule::notPositive, MessageKey.STORY_POINTS_SUBTASKS_NOT_POSITIVE)
                .ifPresent(violations::add);
        listSubtasks(subtasks, Estimate.NotANumber.class::isInstance, MessageKey.STORY_POINTS_SUBTASKS_NOT_A_NUMBER)
                .ifPresent(violations::add);
        return violations;
    }

    private List<Violation> sumOfSubtasks(IssueSnapshot issue, List<Estimated> subtasks) {
        List<Violation> violations = new ArrayList<>();
        // A value that is not a number makes the sum meaningless, so it is always reported.
        listSubtasks(subtasks, Estimate.NotANumber.class::isInstance, MessageKey.STORY_POINTS_SUBTASKS_NOT_A_NUMBER)
                .ifPresent(violations::add);
        BigDecimal sum = subtasks.stream()
                .map(Estimated::estimate)
                .filter(Estimate.Points.class::isInstance)
                .map(estimate -> ((Estimate.Points) estimate).value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() <= 0) {
            violations.add(violation(
                    MessageKey.STORY_POINTS_SUBTASK_SUM_NOT_POSITIVE,
                    sum,
                    subtasks.size(),
                    field.id(),
                    issue.key().value()));
        }
        return violations;
    }

    private Optional<Violation> doubleCounted(IssueSnapshot issue, List<Estimated> subtasks) {
        Estimate own = Estimate.of(issue, field);
        List<Estimated> estimated = subtasks.stream()
                .filter(subtask -> subtask.estimate().hasPoints())
                .toList();
        if (!own.hasPoints() || estimated.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(violation(
                MessageKey.STORY_POINTS_DOUBLE_COUNTED,
                issue.key().value(),
                ((Estimate.Points) own).value(),
                field.id(),
                describe(estimated)));
    }

    private Optional<Violation> listSubtasks(List<Estimated> subtasks, Predicate<Estimate> failing, MessageKey key) {
        List<Estimated> offending = subtasks.stream()
                .filter(subtask -> failing.test(subtask.estimate()))
                .toList();
        if (offending.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(violation(key, offending.size(), subtasks.size(), field.id(), describe(offending)));
    }

    /** Sub-task keys with what they hold, for example {@code PG-3 (0), PG-4 ("lots"), PG-5}. */
    private static String describe(List<Estimated> subtasks) {
        return subtasks.stream()
                .map(subtask -> subtask.issue().key().value() + shownValue(subtask.estimate()))
                .collect(Collectors.joining(", "));
    }

    private static String shownValue(Estimate estimate) {
        if (estimate instanceof Estimate.Points points) {
            return " (" + points.display() + ")";
        }
        return estimate instanceof Estimate.NotANumber nan ? " (\"" + nan.text() + "\")" : "";
    }

    private static boolean notPositive(Estimate estimate) {
        return estimate instanceof Estimate.Points points && !points.positive();
    }

    private Violation violation(MessageKey key, Object... args) {
        return Violation.onField(id(), field, Message.of(key, args));
    }

    @Override
    public String toString() {
        return "storyPoints(" + field + ") > 0 [policy=" + policy
                + (forbidParentWhenSubtasksEstimated ? ", forbidParentWhenSubtasksEstimated]" : "]");
    }

    /** A sub-task with its story-points value, read once per evaluation. */
    private record Estimated(IssueSnapshot issue, Estimate estimate) {}
}
