package io.phasegate.standalone.health;

import io.phasegate.standalone.PhasegateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The fixtures under {@code src/test/resources/health/} and an in-process run of the command line. */
final class HealthFixtures {
    private HealthFixtures() {}

    /**
     * A fresh copy of the fixture in a temporary directory: {@code phasegate health} stores sprint
     * snapshots in the data directory, and one test's snapshots must not answer for another's.
     */
    static Path dir(String name) {
        try {
            Path fixture =
                    Path.of(HealthFixtures.class.getResource("/health/" + name).toURI());
            Path copy = Files.createTempDirectory("phasegate-health-" + name);
            try (Stream<Path> files = Files.list(fixture)) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
            return copy;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one run of {@code phasegate} printed and returned. */
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        CommandLine cli = PhasegateCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
