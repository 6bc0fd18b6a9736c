package io.phasegate.standalone.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasegate.core.snapshot.CloseSnapshot;
import io.phasegate.core.snapshot.SnapshotDocument;
import io.phasegate.core.snapshot.SnapshotFormatException;
import io.phasegate.core.snapshot.SnapshotReader;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.snapshot.StartSnapshot;
import io.phasegate.core.snapshot.StoredSnapshots;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sprint snapshots as JSON files in a data directory's {@code snapshots/} folder: {@code
 * sprint-<id>-start.json} and {@code sprint-<id>-close.json}, in the format of {@link
 * SnapshotDocument}. A file is written once: to a temporary file first, then linked to its name,
 * which fails if the name exists, so a half-written file is never seen and of two processes saving at
 * once exactly one wins. A file that cannot be read is reported and left alone, never overwritten.
 */
public final class FileSnapshotStore implements SnapshotStore {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path dir;
    private final PrintWriter err;

    /**
     * @param dir the snapshot folder, created on the first save
     * @param err where a failed save is reported (the run goes on, reconstructing)
     */
    public FileSnapshotStore(Path dir, PrintWriter err) {
        this.dir = dir;
        this.err = err;
    }

    @Override
    public StoredSnapshots load(long sprintId) {
        List<String> problems = new ArrayList<>();
        StartSnapshot start = read(file(sprintId, "start"), problems, (tree, name) -> SnapshotReader.start(tree, name));
        CloseSnapshot close = read(file(sprintId, "close"), problems, (tree, name) -> SnapshotReader.close(tree, name));
        if (start != null && start.sprintId() != sprintId) {
            problems.add(
                    file(sprintId, "start") + ": holds a snapshot of sprint " + start.sprintId() + "; kept, not used");
            start = null;
        }
        if (close != null && close.sprintId() != sprintId) {
            problems.add(
                    file(sprintId, "close") + ": holds a snapshot of sprint " + close.sprintId() + "; kept, not used");
            close = null;
        }
        return new StoredSnapshots(start, close, problems);
    }

    @Override
    public boolean saveStart(StartSnapshot snapshot) {
        return write(file(snapshot.sprintId(), "start"), SnapshotDocument.tree(snapshot));
    }

    @Override
    public boolean saveClose(CloseSnapshot snapshot) {
        return write(file(snapshot.sprintId(), "close"), SnapshotDocument.tree(snapshot));
    }

    Path file(long sprintId, String kind) {
        return dir.resolve("sprint-" + sprintId + "-" + kind + ".json");
    }

    /** Reads one kind of snapshot from its tree. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(Object tree, String name) throws SnapshotFormatException;
    }

    private static <T> T read(Path file, List<String> problems, Reader<T> reader) {
        if (!Files.exists(file)) {
            return null;
        }
        String name = file.toString();
        try {
            return reader.read(MAPPER.readValue(file.toFile(), Object.class), name);
        } catch (JsonProcessingException e) {
            problems.add(name + ": not valid JSON (" + e.getOriginalMessage() + "); it is kept as it is,"
                    + " delete it to let Phasegate take a new snapshot");
        } catch (IOException e) {
            problems.add(name + ": cannot be read (" + e.getMessage() + ")");
        } catch (SnapshotFormatException e) {
            problems.add(e.getMessage());
        }
        return null;
    }

    private boolean write(Path file, Map<String, Object> tree) {
        if (Files.exists(file)) {
            return false;
        }
        Path temporary = null;
        try {
            Files.createDirectories(dir);
            temporary = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.write(temporary, MAPPER.writeValueAsBytes(tree));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return publish(temporary, file);
        } catch (IOException e) {
            err.println("phasegate: warning: cannot store the snapshot " + file + " (" + e.getMessage()
                    + "); this run reconstructs the sprint from the changelogs");
            err.flush();
            return false;
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Gives the complete temporary file its name, unless that name is taken. */
    private static boolean publish(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            // No hard links here (some network or FAT file systems): a move that refuses to
            // replace; its existence check and rename are not one step, the window is small.
            try {
                Files.move(temporary, file);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A stray hidden .tmp file is harmless; the snapshot itself is complete or absent.
            }
        }
    }
}
