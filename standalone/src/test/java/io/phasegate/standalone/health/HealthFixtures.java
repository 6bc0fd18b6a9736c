package io.phasegate.standalone.health;

import io.phasegate.standalone.PhasegateCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** The fixtures under {@code src/test/resources/health/} and an in-process run of the command line. */
final class HealthFixtures {
    private HealthFixtures() {}

    static Path dir(String name) {
        try {
            return Path.of(HealthFixtures.class.getResource("/health/" + name).toURI());
        } catch (URISyntaxException e) {
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
