package io.phasegate.core.gate.rules;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule requiring at least {@code min} sub-tasks, not counting those in an ignored status such as
 * "Won't do" (compared ignoring case).
 */
public record SubtasksPresentRule(int min, Set<String> ignoredStatuses) implements GateRule {

    public SubtasksPresentRule {
        ignoredStatuses = Names.copyOf(ignoredStatuses, "ignoredStatuses");
        if (min < 1) {
            throw new IllegalArgumentException("min must be at least 1: " + min);
        }
    }

    @Override
    public RuleId id() {
        return RuleId.SUBTASKS_PRESENT;
    }

    @Override
    public RuleResult evaluate(IssueSnapshot issue) {
        List<IssueSnapshot> ignored = issue.subtasks().stream()
                .filter(subtask -> Names.containsIgnoringCase(ignoredStatuses, subtask.status()))
                .toList();
        int found = issue.subtasks().size() - ignored.size();
        if (found >= min) {
            return RuleResult.satisfied();
        }
        String notCounted = ignored.stream()
                .map(subtask -> subtask.key() + " (" + subtask.status() + ")")
                .collect(Collectors.joining(", "));
        return RuleResult.violated(Violation.onIssue(
                id(), Message.of(MessageKey.SUBTASKS_TOO_FEW, found, min, ignored.size(), notCounted)));
    }

    @Override
    public String toString() {
        return "subtasks >= " + min + " [ignoredStatuses=" + ignoredStatuses + "]";
    }
}
