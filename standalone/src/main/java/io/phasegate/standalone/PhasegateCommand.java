package io.phasegate.standalone;

import io.phasegate.standalone.health.HealthCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code phasegate} command: the Phasegate engine outside Jira. */
@Command(
        name = "phasegate",
        mixinStandardHelpOptions = true,
        versionProvider = PhasegateCommand.Version.class,
        description = "Phase gates, sprint health and readiness coverage over Jira REST data.",
        subcommands = {CommandLine.HelpCommand.class, HealthCommand.class})
public final class PhasegateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The command line with all subcommands, as {@code main} runs it. */
    public static CommandLine newCommandLine() {
        return new CommandLine(new PhasegateCommand());
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
