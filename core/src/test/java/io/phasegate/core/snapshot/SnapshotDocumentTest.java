package io.phasegate.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.sprint.DoneDefinition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotDocumentTest {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant CLOSED = Instant.parse("2026-03-13T10:00:00Z");
    static final SnapshotBasis BASIS = new SnapshotBasis(DoneDefinition.RIGHT_MOST_COLUMN, Duration.ofHours(1));

    static StartSnapshot start() {
        return new StartSnapshot(
                10,
                1,
                T0,
                BASIS,
                T0.plusSeconds(60),
                List.of(
                        new CommittedIssue(IssueKey.of("PG-1"), new BigDecimal("5"), false),
                        new CommittedIssue(IssueKey.of("PG-2"), null, false),
                        new CommittedIssue(IssueKey.of("PG-3"), new BigDecimal("0.5"), true)));
    }

    static CloseSnapshot close() {
        return new CloseSnapshot(
                10,
                1,
                T0,
                CLOSED,
                BASIS,
                CLOSED,
                List.of(
                        new ClosedIssue(
                                IssueKey.of("PG-1"),
                                true,
                                T0,
                                null,
                                new BigDecimal("5"),
                                new BigDecimal("8"),
                                IssueOutcome.DONE,
                                false,
                                false,
                                false,
                                null,
                                null),
                        new ClosedIssue(
                                IssueKey.of("PG-4"),
                                false,
                                T0.plusSeconds(86_400),
                                CLOSED.minusSeconds(3600),
                                new BigDecimal("2"),
                                new BigDecimal("3"),
                                IssueOutcome.REMOVED_WHILE_DONE,
                                true,
                                false,
                                true,
                                new BigDecimal("2"),
                                new BigDecimal("3"))),
                List.of(IssueKey.of("PG-6")),
                List.of(IssueKey.of("PG-7")));
    }

    @Test
    void startAndCloseSnapshotsSurviveTheirStoredForm() throws SnapshotFormatException {
        assertThat(SnapshotReader.start(SnapshotDocument.tree(start()), "s")).isEqualTo(start());
        assertThat(SnapshotReader.close(SnapshotDocument.tree(close()), "c")).isEqualTo(close());
    }

    @Test
    void theStoredFormNamesItsFormatVersionAndKindAndKeepsNullEstimatesNull() {
        Map<String, Object> tree = SnapshotDocument.tree(start());
        assertThat(tree)
                .containsEntry("format", "phasegate-sprint-snapshot")
                .containsEntry("version", 1)
                .containsEntry("kind", "start")
                .containsEntry("t0", "2026-03-02T10:00:00Z");
        assertThat(((List<?>) tree.get("issues")).get(1))
                .isEqualTo(map("key", "PG-2", "estimate", null, "unmapped", false));
    }

    @Test
    void fieldsFromALaterReleaseAreIgnored() throws SnapshotFormatException {
        Map<String, Object> tree = SnapshotDocument.tree(close());
        tree.put("sprintGoal", "met");
        issues(tree).get(0).put("epic", "PG-100");

        assertThat(SnapshotReader.close(tree, "c")).isEqualTo(close());
    }

    @Test
    void aNewerFormatVersionIsRefusedWithAMessageSayingWhatToDo() {
        Map<String, Object> tree = SnapshotDocument.tree(close());
        tree.put("version", 2);

        assertThatThrownBy(() -> SnapshotReader.close(tree, "snapshots/sprint-10-close.json"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessage("snapshots/sprint-10-close.json: snapshot format version 2, this Phasegate reads version 1;"
                        + " upgrade Phasegate to use it (the record is kept as it is)");
    }

    @Test
    void malformedRecordsNameTheFieldAtFault() {
        Map<String, Object> wrongKind = SnapshotDocument.tree(start());
        Map<String, Object> badOutcome = SnapshotDocument.tree(close());
        issues(badOutcome).get(1).put("outcome", "finished");
        Map<String, Object> badInstant = SnapshotDocument.tree(close());
        badInstant.put("closedAt", "yesterday");
        Map<String, Object> twice = SnapshotDocument.tree(start());
        List<Map<String, Object>> listed = issues(twice);
        listed.add(listed.get(0));
        Map<String, Object> exitNotRemoved = SnapshotDocument.tree(close());
        issues(exitNotRemoved).get(0).put("exit", "2026-03-05T10:00:00Z");

        assertThatThrownBy(() -> SnapshotReader.close(wrongKind, "f"))
                .hasMessage("f: a \"start\" snapshot where a \"close\" one belongs");
        assertThatThrownBy(() -> SnapshotReader.close(badOutcome, "f"))
                .hasMessage("f: issues[1].outcome: unknown outcome \"finished\"");
        assertThatThrownBy(() -> SnapshotReader.close(badInstant, "f"))
                .hasMessage("f: closedAt: expected an instant such as 2026-01-05T09:00:00Z");
        assertThatThrownBy(() -> SnapshotReader.start(twice, "f"))
                .hasMessage("f: start snapshot of sprint 10 lists PG-1 twice");
        assertThatThrownBy(() -> SnapshotReader.close(exitNotRemoved, "f"))
                .hasMessage("f: PG-1: an issue has an exit exactly when it was removed");
        assertThatThrownBy(() -> SnapshotReader.start(List.of(), "f")).hasMessage("f: : expected an object");
        assertThatThrownBy(() -> SnapshotReader.start(map("format", "other"), "f"))
                .hasMessage("f: not a Phasegate sprint snapshot (\"format\" is not \"phasegate-sprint-snapshot\")");
    }

    @Test
    void numbersFromAnyJsonLibraryAreReadExactly() throws SnapshotFormatException {
        Map<String, Object> tree = SnapshotDocument.tree(start());
        tree.put("sprintId", 10L);
        issues(tree).get(0).put("estimate", 5.0d);
        issues(tree).get(2).put("estimate", 0.5d);

        StartSnapshot read = SnapshotReader.start(tree, "s");

        assertThat(read.issues().get(0).points()).isEqualByComparingTo("5");
        assertThat(read.issues().get(2).estimate()).isEqualByComparingTo("0.5");
        assertThat(read.issues().get(2).points()).isEqualByComparingTo("0");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> issues(Map<String, Object> tree) {
        List<Map<String, Object>> issues = new ArrayList<>();
        for (Object issue : (List<Object>) tree.get("issues")) {
            issues.add((Map<String, Object>) issue);
        }
        tree.put("issues", issues);
        return issues;
    }

    private static Map<String, Object> map(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }
}
