package io.phasegate.core.readiness;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.readiness.ChecklistItem.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Evaluates a next gate rule by rule, so the checklist shows what passes as well as what is missing. */
final class GateChecklists {
    private GateChecklists() {}

    static GateChecklist of(NextGate next, IssueSnapshot issue) {
        if (next.gate().isEmpty()) {
            return new GateChecklist(
                    next.transition(),
                    next.targetStatus(),
                    "",
                    List.of(),
                    next.problems(),
                    next.blocksWhenUnreadable());
        }
        PhaseGate gate = next.gate().get();
        List<ChecklistItem> items = new ArrayList<>();
        for (GateRule rule : gate.rules()) {
            // A one-rule gate reuses the engine's protection against a rule failing unexpectedly.
            GateVerdict verdict = new PhaseGate(gate.name(), List.of(rule), gate.onMisconfiguration()).evaluate(issue);
            items.add(item(rule, verdict));
        }
        boolean blocks = items.stream()
                .anyMatch(i -> i.state() == State.MISSING
                        || (i.state() == State.CANNOT_CHECK
                                && gate.onMisconfiguration() == MisconfigurationPolicy.BLOCK));
        return new GateChecklist(next.transition(), next.targetStatus(), gate.name(), items, List.of(), blocks);
    }

    private static ChecklistItem item(GateRule rule, GateVerdict verdict) {
        Optional<FieldRef> field = rule.fieldsRead().stream()
                .sorted(java.util.Comparator.comparing(FieldRef::id))
                .findFirst();
        Optional<String> subject = rule instanceof FieldPresentRule present
                ? Optional.of(present.label().orElse(present.field().id()))
                : Optional.empty();
        if (!verdict.violations().isEmpty()) {
            List<Message> missing =
                    verdict.violations().stream().map(Violation::message).toList();
            Optional<FieldRef> violated = verdict.violations().stream()
                    .flatMap(v -> v.field().stream())
                    .findFirst();
            Optional<FieldRef> target = violated.isPresent() ? violated : field;
            return new ChecklistItem(rule.id(), subject, target, State.MISSING, missing, fixFor(rule.id(), violated));
        }
        if (!verdict.misconfigurations().isEmpty()) {
            List<Message> problems = verdict.misconfigurations().stream()
                    .map(Misconfiguration::message)
                    .toList();
            return new ChecklistItem(rule.id(), subject, field, State.CANNOT_CHECK, problems, Fix.ASK_ADMIN);
        }
        return new ChecklistItem(rule.id(), subject, field, State.PASSED, List.of(), Fix.NONE);
    }

    /** Links and sub-tasks are fixed by creating them; everything else by editing the issue. */
    private static Fix fixFor(RuleId rule, Optional<FieldRef> violatedField) {
        return switch (rule) {
            case LINKED_ISSUE -> Fix.LINK_ISSUE;
            case TEST_COVERAGE -> violatedField.isPresent() ? Fix.EDIT_ISSUE : Fix.LINK_ISSUE;
            case SUBTASKS_PRESENT -> Fix.CREATE_SUBTASK;
            default -> Fix.EDIT_ISSUE;
        };
    }
}
