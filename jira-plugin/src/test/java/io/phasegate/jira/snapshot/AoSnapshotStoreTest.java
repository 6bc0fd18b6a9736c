package io.phasegate.jira.snapshot;

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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Active Objects store on a real embedded database (HSQLDB), with the table naming Jira uses. */
class AoSnapshotStoreTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant CLOSED = Instant.parse("2026-03-13T10:00:00Z");
    static final SnapshotBasis BASIS = new SnapshotBasis(DoneDefinition.RIGHT_MOST_COLUMN, Duration.ZERO);

    private String url;
    private final List<EntityManager> managers = new ArrayList<>();

    @BeforeEach
    void database() throws Exception {
        url = "jdbc:hsqldb:mem:snapshots-" + UUID.randomUUID();
        node().migrate(SprintSnapshotEntity.class);
    }

    @AfterEach
    void close() {
        managers.forEach(manager -> manager.getProvider().dispose());
    }

    /** One Jira node: its own EntityManager (and connection pool) on the shared database. */
    private EntityManager node() {
        EntityManager manager = EntityManagerBuilder.url(url)
                .username("sa")
                .password("")
                .schema("PUBLIC")
                .none()
                .tableNameConverter(new AtlassianTableNameConverter(name -> "AO_5A9D3E_" + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
        managers.add(manager);
        return manager;
    }

    private AoSnapshotStore store(EntityManager node) {
        return new AoSnapshotStore(new EntityManagerActiveObjects(node));
    }

    static StartSnapshot start(String points) {
        return new StartSnapshot(
                10,
                7,
                T0,
                BASIS,
                T0,
                List.of(
                        new CommittedIssue(IssueKey.of("PG-1"), new BigDecimal(points), false),
                        new CommittedIssue(IssueKey.of("PG-2"), null, true)));
    }

    static CloseSnapshot close(int issues, String finalPoints) {
        List<ClosedIssue> closed = new ArrayList<>();
        for (int i = 1; i <= issues; i++) {
            boolean removed = i % 7 == 0;
            closed.add(new ClosedIssue(
                    IssueKey.of("PHASEGATE-" + i),
                    i % 3 != 0,
                    T0,
                    removed ? CLOSED.minusSeconds(3600) : null,
                    new BigDecimal("0.5"),
                    new BigDecimal(finalPoints),
                    removed ? IssueOutcome.REMOVED : i % 2 == 0 ? IssueOutcome.DONE : IssueOutcome.NOT_DONE,
                    false,
                    false,
                    i % 5 == 0,
                    i % 3 == 0 ? new BigDecimal("0.5") : null,
                    null));
        }
        return new CloseSnapshot(
                10, 7, T0, CLOSED, BASIS, CLOSED, closed, List.of(IssueKey.of("PHASEGATE-0")), List.of());
    }

    @Test
    void snapshotsSavedOnOneNodeLoadOnAnother() {
        assertThat(store(node()).saveStart(start("5"))).isTrue();
        assertThat(store(node()).saveClose(close(3, "8"))).isTrue();

        StoredSnapshots loaded = store(node()).load(10);

        assertThat(loaded.start()).contains(start("5"));
        assertThat(loaded.close()).contains(close(3, "8"));
        assertThat(loaded.problems()).isEmpty();
        assertThat(store(node()).load(11)).isEqualTo(StoredSnapshots.none());
    }

    @Test
    void aStoredCloseSnapshotIsNeverReplaced() {
        AoSnapshotStore store = store(node());
        store.saveClose(close(3, "8"));

        assertThat(store.saveClose(close(3, "13"))).isFalse();

        assertThat(store(node()).load(10).close().orElseThrow().issues().get(0).finalPoints())
                .isEqualByComparingTo("8");
    }

    @Test
    void aThousandIssueSprintFitsItsColumn() throws Exception {
        assertThat(store(node()).saveClose(close(1000, "13"))).isTrue();

        assertThat(store(node()).load(10).close().orElseThrow()).isEqualTo(close(1000, "13"));
        try (Connection db = managers.get(0).getProvider().getConnection();
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT LENGTH(DOCUMENT) FROM AO_5A9D3E_SPRINT_SNAPSHOT")) {
            row.next();
            assertThat(row.getInt(1)).isGreaterThan(200_000); // far beyond a VARCHAR(255) or 4000 column
        }
    }

    @Test
    void ofTwoNodesSavingTheSameSnapshotExactlyOneWins() throws Exception {
        List<AoSnapshotStore> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(store(node()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> saves = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                AoSnapshotStore node = nodes.get(i);
                String points = Integer.toString(i + 1);
                saves.add(pool.submit(() -> {
                    go.await();
                    return node.saveStart(start(points));
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> save : saves) {
                won += save.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = managers.get(0).getProvider().getConnection();
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM AO_5A9D3E_SPRINT_SNAPSHOT")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        assertThat(store(node()).load(10).problems()).isEmpty();
    }

    @Test
    void aRowFromANewerPhasegateIsReportedAndKept() throws Exception {
        store(node()).saveStart(start("5"));
        try (Connection db = managers.get(0).getProvider().getConnection();
                Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE AO_5A9D3E_SPRINT_SNAPSHOT SET DOCUMENT = REPLACE(DOCUMENT, '\"version\":1',"
                    + " '\"version\":2')");
        }

        StoredSnapshots loaded = store(node()).load(10);

        assertThat(loaded.start()).isEmpty();
        assertThat(loaded.problems())
                .containsExactly("stored start snapshot of sprint 10: snapshot format version 2, this Phasegate"
                        + " reads version 1; upgrade Phasegate to use it (the record is kept as it is)");
        assertThat(store(node()).saveStart(start("8"))).isFalse();
    }
}
