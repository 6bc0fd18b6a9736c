package io.phasegate.standalone.serve;

import io.phasegate.contract.CoverageAnswer;
import io.phasegate.contract.CoverageJson;
import io.phasegate.contract.HealthSettings;
import io.phasegate.contract.Visibility;
import io.phasegate.core.app.MeasureReadiness;
import io.phasegate.core.app.ReadinessView;
import io.phasegate.core.coverage.EligibleSet;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.sprint.BoardConfig;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.standalone.ingest.BoardData;
import io.phasegate.standalone.jira.FieldCatalogue;
import io.phasegate.standalone.text.BundleMessages;
import io.phasegate.standalone.text.FieldNames;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /boards/{boardId}/coverage?sprint=…|backlog}: readiness of a sprint's issues (those
 * whose Sprint field holds it now) or of the backlog (issues in no open sprint and not Done).
 */
final class CoverageEndpoint implements Router.Endpoint {
    private final Boards boards;
    private final Clock clock;
    private final BundleMessages messages = new BundleMessages();

    CoverageEndpoint(Boards boards, Clock clock) {
        this.boards = boards;
        this.clock = clock;
    }

    @Override
    public Reply answer(Request request) {
        LoadedBoard board = boards.board(request);
        Optional<SprintSnapshot> sprint = Boards.sprint(request, board.data().sprints(), true);
        String key = "coverage|" + sprint.map(s -> Long.toString(s.id())).orElse("backlog");
        return Reply.json(board.cache().get(key, false, () -> body(board, sprint)));
    }

    private byte[] body(LoadedBoard board, Optional<SprintSnapshot> sprint) {
        BoardData data = board.data();
        List<IssueHistory> scope = sprint.map(s -> inSprint(data, s.id())).orElseGet(() -> backlog(data));
        List<IssueSnapshot> snapshots = new ArrayList<>();
        Map<IssueKey, BigDecimal> points = new HashMap<>();
        IssueDocuments documents = board.documents();
        for (IssueHistory issue : scope) {
            documents.issue(issue.key()).ifPresent(read -> snapshots.add(read.snapshot()));
            if (issue.estimate() != null) {
                points.put(issue.key(), issue.estimate());
            }
        }
        PhaseGate gate = board.readiness();
        ReadinessView view = new MeasureReadiness(gate, EligibleSet.allStandardTypes()).measure(snapshots, points);
        FieldCatalogue catalogue = documents.catalogue();
        return CoverageJson.bytes(
                new CoverageAnswer(
                        board.id(),
                        data.layout().name(),
                        sprint,
                        view,
                        CoverageJson.offenders(
                                view.offenders(),
                                violation -> messages.render(FieldNames.named(violation.message(), catalogue))),
                        board.jiraBaseUrl(),
                        clock.instant()),
                Visibility.ALL);
    }

    private static List<IssueHistory> inSprint(BoardData data, long sprintId) {
        return data.issues().stream()
                .filter(issue -> issue.sprintIds().contains(sprintId))
                .toList();
    }

    private static List<IssueHistory> backlog(BoardData data) {
        Set<Long> open = data.sprints().stream()
                .filter(Boards::isOpen)
                .map(SprintSnapshot::id)
                .collect(Collectors.toSet());
        BoardConfig config = data.boardConfig(HealthSettings.DONE);
        return data.issues().stream()
                .filter(issue -> !issue.subtask())
                .filter(issue -> issue.sprintIds().stream().noneMatch(open::contains))
                .filter(issue -> !config.isDone(issue.status()))
                .toList();
    }
}
