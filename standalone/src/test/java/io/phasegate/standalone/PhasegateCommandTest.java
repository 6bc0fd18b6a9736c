package io.phasegate.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The root command: subcommands and what a crash looks like to scripts. */
class PhasegateCommandTest {

    @Test
    void listsEveryCommand() {
        StringWriter out = new StringWriter();
        int exitCode =
                PhasegateCommand.newCommandLine().setOut(new PrintWriter(out)).execute("--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .containsPattern("check +Checks whether a Jira issue passes a gate.")
                .contains("export")
                .contains("migrate-gates");
    }

    @Test
    void anUnexpectedExceptionExitsWith3NotWithTheBlockedStatus() {
        StringWriter err = new StringWriter();
        CommandLine command = PhasegateCommand.newCommandLine();
        Runnable crash = () -> {
            throw new IllegalStateException("a bug");
        };
        command.addSubcommand("crash", new CommandLine(CommandSpec.wrapWithoutInspection(crash)));
        command.setErr(new PrintWriter(err));

        int exitCode = command.execute("crash");

        assertThat(exitCode).isEqualTo(PhasegateCommand.INTERNAL_ERROR).isEqualTo(3);
        assertThat(err.toString())
                .startsWith("phasegate: internal error, please report it with the input files if you can:"
                        + " java.lang.IllegalStateException: a bug");
    }
}
