package io.phasegate.standalone.check;

import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.issue.IssueSnapshot;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Warns when a gate judges story points on sub-tasks that the check cannot see. An issue response
 * lists its sub-tasks with key, summary, type and status only, so without their own documents every
 * sub-task looks unestimated: {@code every-subtask} and {@code sum-of-subtasks} would block, and
 * {@code forbidParentWhenSubtasksEstimated} would never fire.
 */
final class SubtaskDocumentsHint {
    private SubtaskDocumentsHint() {}

    static Optional<String> warning(PhaseGate gate, IssueSnapshot issue, boolean documentsGiven) {
        if (documentsGiven || issue.subtasks().isEmpty()) {
            return Optional.empty();
        }
        return gate.rules().stream()
                .filter(StoryPointsRule.class::isInstance)
                .map(StoryPointsRule.class::cast)
                .filter(rule -> rule.policy() != StoryPointsPolicy.ISSUE || rule.forbidParentWhenSubtasksEstimated())
                .findFirst()
                .map(rule -> text(issue, rule));
    }

    private static String text(IssueSnapshot issue, StoryPointsRule rule) {
        String keys =
                issue.subtasks().stream().map(subtask -> subtask.key().value()).collect(Collectors.joining(", "));
        String key = issue.key().value();
        return key + " has sub-tasks (" + keys + ") but no sub-task documents were given, so their story points"
                + " are unknown to the story-points rule (" + rule + ")."
                + " Save them with GET /rest/api/2/search?jql=parent%3D" + key + "&fields=*all&expand=names"
                + " and pass the file with --subtasks.";
    }
}
