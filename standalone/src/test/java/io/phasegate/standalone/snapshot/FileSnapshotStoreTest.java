package io.phasegate.standalone.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.snapshot.CloseSnapshot;
import io.phasegate.core.snapshot.ClosedIssue;
import io.phasegate.core.snapshot.CommittedIssue;
import io.phasegate.core.snapshot.IssueOutcome;
import io.phasegate.core.snapshot.SnapshotBasis;
import io.phasegate.core.snapshot.StartSnapshot;
import io.phasegate.core.snapshot.StoredSnapshots;
import io.phasegate.core.sprint.DoneDefinition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSnapshotStoreTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant CLOSED = Instant.parse("2026-03-13T10:00:00Z");
    static final SnapshotBasis BASIS = new SnapshotBasis(DoneDefinition.RIGHT_MOST_COLUMN, Duration.ZERO);

    @TempDir
    Path data;

    private final StringWriter err = new StringWriter();

    private FileSnapshotStore store() {
        return new FileSnapshotStore(data.resolve("snapshots"), new PrintWriter(err, true));
    }

    static StartSnapshot start(long sprint, String points) {
        return new StartSnapshot(
                sprint,
                7,
                T0,
                BASIS,
                T0,
                List.of(
                        new CommittedIssue(IssueKey.of("PG-1"), new BigDecimal(points), false),
                        new CommittedIssue(IssueKey.of("PG-2"), null, false)));
    }

    static CloseSnapshot close(long sprint, int issues) {
        List<ClosedIssue> closed = new ArrayList<>();
        for (int i = 1; i <= issues; i++) {
            closed.add(new ClosedIssue(
                    IssueKey.of("PG-" + i),
                    i % 3 != 0,
                    T0,
                    null,
                    new BigDecimal("0.5"),
                    BigDecimal.valueOf(i % 13),
                    i % 2 == 0 ? IssueOutcome.DONE : IssueOutcome.NOT_DONE,
                    false,
                    false,
                    false,
                    null,
                    null));
        }
        return new CloseSnapshot(sprint, 7, T0, CLOSED, BASIS, CLOSED, closed, List.of(), List.of());
    }

    @Test
    void savedSnapshotsLoadBackFromTheirFiles() throws Exception {
        assertThat(store().saveStart(start(10, "5"))).isTrue();
        assertThat(store().saveClose(close(10, 3))).isTrue();

        StoredSnapshots loaded = store().load(10);

        assertThat(loaded.start()).contains(start(10, "5"));
        assertThat(loaded.close()).contains(close(10, 3));
        assertThat(loaded.problems()).isEmpty();
        assertThat(Files.readString(data.resolve("snapshots/sprint-10-start.json")))
                .contains("\"format\" : \"phasegate-sprint-snapshot\"", "\"version\" : 1", "\"estimate\" : null");
        assertThat(store().load(11)).isEqualTo(StoredSnapshots.none());
    }

    @Test
    void aStoredSnapshotIsNeverReplaced() throws Exception {
        store().saveStart(start(10, "5"));
        byte[] before = Files.readAllBytes(data.resolve("snapshots/sprint-10-start.json"));

        assertThat(store().saveStart(start(10, "13"))).isFalse();

        assertThat(Files.readAllBytes(data.resolve("snapshots/sprint-10-start.json")))
                .isEqualTo(before);
        assertThat(store().load(10).start().orElseThrow().issues().get(0).estimate())
                .isEqualByComparingTo("5");
        try (var files = Files.list(data.resolve("snapshots"))) {
            assertThat(files.map(path -> path.getFileName().toString()).toList())
                    .containsExactly("sprint-10-start.json");
        }
    }

    @Test
    void malformedOrNewerFilesAreReportedAndKept() throws Exception {
        Path folder = Files.createDirectories(data.resolve("snapshots"));
        Files.writeString(folder.resolve("sprint-10-close.json"), "{\"format\":\"phasegate-sprint-snapshot\",");
        Files.writeString(
                folder.resolve("sprint-10-start.json"),
                "{\"format\":\"phasegate-sprint-snapshot\",\"version\":3,\"kind\":\"start\"}");

        StoredSnapshots loaded = store().load(10);
        boolean saved = store().saveClose(close(10, 2));

        assertThat(loaded.start()).isEmpty();
        assertThat(loaded.close()).isEmpty();
        assertThat(loaded.problems())
                .containsExactly(
                        folder.resolve("sprint-10-start.json") + ": snapshot format version 3, this Phasegate reads"
                                + " version 1; upgrade Phasegate to use it (the record is kept as it is)",
                        folder.resolve("sprint-10-close.json") + ": not valid JSON (Unexpected end-of-input"
                                + " within/between Object entries); it is kept as it is,"
                                + " delete it to let Phasegate take a new snapshot");
        assertThat(saved).isFalse();
        assertThat(Files.readString(folder.resolve("sprint-10-close.json")))
                .isEqualTo("{\"format\":\"phasegate-sprint-snapshot\",");
    }

    @Test
    void aThousandIssueSprintIsStoredWhole() {
        assertThat(store().saveClose(close(42, 1000))).isTrue();

        assertThat(store().load(42).close().orElseThrow().issues())
                .hasSize(1000)
                .isEqualTo(close(42, 1000).issues());
    }

    @Test
    void ofTwoProcessesSavingAtOnceExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> saves = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String points = Integer.toString(i + 1);
                Callable<Boolean> save = () -> {
                    go.await();
                    return store().saveStart(start(10, points));
                };
                saves.add(pool.submit(save));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> save : saves) {
                won += save.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            assertThat(store().load(10).problems()).isEmpty();
            try (var files = Files.list(data.resolve("snapshots"))) {
                assertThat(files.toList()).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnwritableFolderGivesAWarningNotACrash() throws Exception {
        Files.writeString(data.resolve("snapshots"), "a file where the folder should be", StandardCharsets.UTF_8);

        assertThat(store().saveClose(close(10, 2))).isFalse();

        assertThat(err.toString())
                .startsWith("phasegate: warning: cannot store the snapshot "
                        + data.resolve("snapshots/sprint-10-close.json"))
                .contains("this run reconstructs the sprint from the changelogs");
    }
}
