package io.phasegate.jira.snapshot;

import java.util.Date;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One stored sprint snapshot (schema version 1): a row per sprint and kind. The primary key is
 * {@code <sprintId>:<kind>}, so the database itself refuses a second snapshot of the same kind —
 * on every node of a cluster — and the first writer wins. The snapshot is the JSON document of
 * {@code io.phasegate.core.snapshot.SnapshotDocument} in an unlimited text column (a 1,000-issue
 * close snapshot is about 300 KB). Rows are only inserted, never updated.
 */
@Table("SprintSnapshot")
public interface SprintSnapshotEntity extends RawEntity<String> {
    String SNAPSHOT_KEY = "SNAPSHOT_KEY";
    String SPRINT_ID = "SPRINT_ID";
    String KIND = "KIND";
    String FORMAT_VERSION = "FORMAT_VERSION";
    String TAKEN_AT = "TAKEN_AT";
    String DOCUMENT = "DOCUMENT";

    @PrimaryKey(SNAPSHOT_KEY)
    @NotNull
    @StringLength(40)
    String getSnapshotKey();

    void setSnapshotKey(String key);

    @NotNull
    @Indexed
    long getSprintId();

    void setSprintId(long sprintId);

    /** {@code start} or {@code close}. */
    @NotNull
    @StringLength(10)
    String getKind();

    void setKind(String kind);

    @NotNull
    int getFormatVersion();

    void setFormatVersion(int version);

    @NotNull
    Date getTakenAt();

    void setTakenAt(Date takenAt);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDocument();

    @StringLength(StringLength.UNLIMITED)
    void setDocument(String document);
}
