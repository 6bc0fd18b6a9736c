package io.phasegate.standalone;

import io.phasegate.standalone.check.CheckCommand;
import io.phasegate.standalone.cloud.ExpressionCommand;
import io.phasegate.standalone.export.ExportCommand;
import io.phasegate.standalone.health.HealthCommand;
import io.phasegate.standalone.migrate.MigrateGatesCommand;
import io.phasegate.standalone.serve.ServeCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code phasegate} command: the Phasegate engine outside Jira. */
@Command(
        name = "phasegate",
        mixinStandardHelpOptions = true,
        versionProvider = PhasegateCommand.Version.class,
        description = "Phase gates, sprint health and readiness coverage over Jira REST data.",
        subcommands = {
            CommandLine.HelpCommand.class,
            CheckCommand.class,
            HealthCommand.class,
            ExportCommand.class,
            ExpressionCommand.class,
            MigrateGatesCommand.class,
            ServeCommand.class
        })
public final class PhasegateCommand implements Runnable {
    /** Exit status of a bug (an exception no command expected); 1 and 2 mean blocked and bad input. */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: JSON output must be UTF-8, and a C locale would turn every
        // non-ASCII summary or field name into "?".
        CommandLine command = newCommandLine().setOut(utf8(System.out)).setErr(utf8(System.err));
        System.exit(command.execute(args));
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** The command line with all subcommands, as {@code main} runs it. */
    public static CommandLine newCommandLine() {
        return new CommandLine(new PhasegateCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(PhasegateCommand::internalError);
    }

    // Without this picocli would exit with 1, which "check" uses for "blocked": a crash must not read as a verdict.
    private static int internalError(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("phasegate: internal error, please report it with the input files if you can: " + e);
        e.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version Maven wrote into {@code phasegate-version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties props = new Properties();
            try (InputStream in = PhasegateCommand.class.getResourceAsStream("/phasegate-version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"phasegate " + props.getProperty("version", "unknown")};
        }
    }
}
