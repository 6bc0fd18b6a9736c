package io.phasegate.jira.snapshot;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasegate.core.snapshot.CloseSnapshot;
import io.phasegate.core.snapshot.SnapshotDocument;
import io.phasegate.core.snapshot.SnapshotFormatException;
import io.phasegate.core.snapshot.SnapshotReader;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.snapshot.StartSnapshot;
import io.phasegate.core.snapshot.StoredSnapshots;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sprint snapshots (G2) in Jira's database through Active Objects: one {@link SprintSnapshotEntity}
 * row per sprint and kind, inserted once. Two nodes saving the same snapshot at once both try the
 * insert; the primary key lets exactly one succeed and the other's save reports {@code false}. A
 * row that cannot be read (a newer format written by a later Phasegate) is reported, never replaced.
 *
 * <p>A Spring bean ({@code aoSnapshotStore}) that the REST answers ({@code io.phasegate.jira.rest.Answers})
 * pass to {@code AssessSprintHealth}: the first health computation of a started or closed sprint,
 * or Jira Software's sprint start and close events, store the snapshot here.
 */
public final class AoSnapshotStore implements SnapshotStore {
    private static final Logger LOG = LoggerFactory.getLogger(AoSnapshotStore.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final ActiveObjects ao;

    public AoSnapshotStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public StoredSnapshots load(long sprintId) {
        StartSnapshot start = null;
        CloseSnapshot close = null;
        List<String> problems = new ArrayList<>();
        // Column names quoted: Active Objects creates upper-case quoted identifiers (PostgreSQL folds unquoted ones).
        for (SprintSnapshotEntity row :
                ao.find(SprintSnapshotEntity.class, "\"" + SprintSnapshotEntity.SPRINT_ID + "\" = ?", sprintId)) {
            String source = "stored " + row.getKind() + " snapshot of sprint " + sprintId;
            try {
                Object tree = JSON.readValue(row.getDocument(), Object.class);
                if ("start".equals(row.getKind())) {
                    start = SnapshotReader.start(tree, source);
                } else {
                    close = SnapshotReader.close(tree, source);
                }
            } catch (JsonProcessingException e) {
                problems.add(source + ": not valid JSON (" + e.getOriginalMessage() + "); it is kept as it is");
            } catch (SnapshotFormatException e) {
                problems.add(e.getMessage());
            }
        }
        return new StoredSnapshots(start, close, problems);
    }

    @Override
    public boolean saveStart(StartSnapshot snapshot) {
        return insert(snapshot.sprintId(), "start", snapshot.takenAt(), SnapshotDocument.tree(snapshot));
    }

    @Override
    public boolean saveClose(CloseSnapshot snapshot) {
        return insert(snapshot.sprintId(), "close", snapshot.takenAt(), SnapshotDocument.tree(snapshot));
    }

    /** The primary key of a sprint's snapshot of one kind, e.g. {@code 10:close}. */
    static String key(long sprintId, String kind) {
        return sprintId + ":" + kind;
    }

    private boolean insert(long sprintId, String kind, Instant takenAt, Map<String, Object> tree) {
        String key = key(sprintId, kind);
        if (ao.find(SprintSnapshotEntity.class, "\"" + SprintSnapshotEntity.SNAPSHOT_KEY + "\" = ?", key).length > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(SprintSnapshotEntity.SNAPSHOT_KEY, key);
        row.put(SprintSnapshotEntity.SPRINT_ID, sprintId);
        row.put(SprintSnapshotEntity.KIND, kind);
        row.put(SprintSnapshotEntity.FORMAT_VERSION, SnapshotDocument.VERSION);
        row.put(SprintSnapshotEntity.TAKEN_AT, Date.from(takenAt));
        try {
            row.put(SprintSnapshotEntity.DOCUMENT, JSON.writeValueAsString(tree));
            ao.create(SprintSnapshotEntity.class, row);
            return true;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot of sprint " + sprintId + " cannot be written as JSON", e);
        } catch (RuntimeException e) {
            // Another node inserted the same key between our look and our insert: its snapshot is the record.
            if (ao.find(SprintSnapshotEntity.class, "\"" + SprintSnapshotEntity.SNAPSHOT_KEY + "\" = ?", key).length
                    > 0) {
                LOG.debug("Sprint snapshot {} was stored by another node first", key);
                return false;
            }
            throw e;
        }
    }
}
