package io.phasegate.jira.board;

import io.phasegate.contract.BoardLayout;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.sprint.BoardConfig;
import io.phasegate.core.sprint.BoardSprints;
import io.phasegate.core.sprint.IssueHistory;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One reading of a board's data, made in a system context (every issue of the board, whoever asks):
 * what the engine needs for sprint health and readiness coverage.
 *
 * @param issues the board's issues with their histories
 * @param current each issue as it is now, for the readiness gate
 * @param readiness the board's readiness gate
 * @param warnings odd but readable data found while reading, coded: each request renders them in its caller's
 *     language
 */
public record BoardReading(
        BoardLayout layout,
        BoardConfig config,
        BoardSprints sprints,
        List<IssueHistory> issues,
        Map<IssueKey, IssueSnapshot> current,
        PhaseGate readiness,
        List<BoardWarning> warnings) {
    public BoardReading {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sprints, "sprints");
        issues = List.copyOf(issues);
        current = Map.copyOf(current);
        Objects.requireNonNull(readiness, "readiness");
        warnings = List.copyOf(warnings);
    }
}
