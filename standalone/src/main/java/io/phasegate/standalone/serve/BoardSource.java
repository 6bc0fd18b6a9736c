package io.phasegate.standalone.serve;

import io.phasegate.contract.ApiException;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.standalone.ingest.DataDirectory;
import io.phasegate.standalone.jira.RestDataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one board of a data directory, read again whenever the directory's files change (a file
 * added, removed, or with another size or modification time), so that a new export shows without a
 * restart. Answers computed from one reading live in that reading's {@link ResponseCache}.
 */
final class BoardSource {
    private final Path dir;
    private final boolean sample;
    private final Clock clock;
    private final SnapshotStore snapshots;
    private volatile LoadedBoard current;

    /** A source whose sprints are all reconstructed: no snapshots are read or stored. */
    BoardSource(Path dir, boolean sample, Clock clock) {
        this(dir, sample, clock, SnapshotStore.DISABLED);
    }

    /**
     * @param sample whether the directory holds the bundled sample, whose Jira links lead nowhere
     * @param snapshots where the board's sprint snapshots are kept (G2)
     */
    BoardSource(Path dir, boolean sample, Clock clock, SnapshotStore snapshots) {
        this.dir = dir;
        this.sample = sample;
        this.clock = clock;
        this.snapshots = snapshots;
    }

    SnapshotStore snapshots() {
        return snapshots;
    }

    Path dir() {
        return dir;
    }

    /** The board as the files are now. */
    LoadedBoard board() {
        List<String> fingerprint = fingerprint();
        LoadedBoard board = current;
        if (board != null && board.fingerprint().equals(fingerprint)) {
            return board;
        }
        synchronized (this) {
            if (current == null || !current.fingerprint().equals(fingerprint)) {
                current = load(fingerprint);
            }
            return current;
        }
    }

    private LoadedBoard load(List<String> fingerprint) {
        try {
            return LoadedBoard.read(dir, DataDirectory.read(dir), fingerprint, sample, clock);
        } catch (RestDataException e) {
            throw new ApiException(500, "data-unreadable", "The data files cannot be read: " + e.getMessage());
        }
    }

    private List<String> fingerprint() {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    entries.add(file.getFileName() + ":" + attributes.size() + ":"
                            + attributes.lastModifiedTime().toMillis());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
