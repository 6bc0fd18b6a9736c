package io.phasegate.contract;

import io.phasegate.core.app.ReadinessView;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.SprintSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code GET /boards/{boardId}/coverage} answers, the same for every caller; drill-down
 * lists are filtered per caller when written ({@link CoverageJson#bytes}).
 *
 * @param sprint the sprint measured; empty for the backlog
 * @param offenders the view's offenders with their messages rendered for people, in the view's order
 * @param jiraBaseUrl the Jira to link drill-downs into; null when unknown
 */
public record CoverageAnswer(
        long boardId,
        String boardName,
        Optional<SprintSnapshot> sprint,
        ReadinessView view,
        List<OffenderText> offenders,
        String jiraBaseUrl,
        Instant generatedAt) {
    public CoverageAnswer {
        Objects.requireNonNull(boardName, "boardName");
        Objects.requireNonNull(sprint, "sprint");
        Objects.requireNonNull(view, "view");
        offenders = List.copyOf(offenders);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /** An issue that does not pass the readiness gate, with what it lacks as text. */
    public record OffenderText(IssueKey key, String summary, List<Missing> missing) {
        public OffenderText {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(summary, "summary");
            missing = List.copyOf(missing);
        }
    }

    /** One violated rule ({@code story-points}, …) and its message. */
    public record Missing(String rule, String message) {
        public Missing {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }
    }
}
