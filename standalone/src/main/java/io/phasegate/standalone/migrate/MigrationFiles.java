package io.phasegate.standalone.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a migration into a folder: per gate {@code <slug>.gate.json} (the stored JSON, unchanged)
 * and, when it compiled, {@code <slug>.expression.txt}; and {@code migration-report.md}. Files of
 * the same names are replaced; nothing else in the folder is touched.
 */
final class MigrationFiles {
    static final String REPORT = "migration-report.md";

    private MigrationFiles() {}

    /** The files written, report last. */
    static List<Path> write(Path dir, MigrationReport report, String markdown) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (GateMigration gate : report.gates()) {
            written.add(Files.writeString(
                    dir.resolve(gate.slug() + ".gate.json"), gate.gateJson(), StandardCharsets.UTF_8));
            if (gate.compiled().isPresent()) {
                // One line per validator: a gate over Jira's limits is split over several.
                StringBuilder expression = new StringBuilder();
                gate.compiled().get().validators().forEach(v -> expression
                        .append(v.expression())
                        .append('\n'));
                written.add(Files.writeString(
                        dir.resolve(gate.slug() + ".expression.txt"), expression, StandardCharsets.UTF_8));
            }
        }
        written.add(Files.writeString(dir.resolve(REPORT), markdown, StandardCharsets.UTF_8));
        return written;
    }
}
