package io.phasegate.standalone.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gate file with a minimum whose plain form has a billion digits: reporting it used to write
 * every digit and exhaust the memory; now it is a bad-input error (exit 2) naming the number in
 * scientific form.
 */
class CheckHugeNumbersTest {
    @TempDir
    Path dir;

    @Test
    void aHugeMinimumIsReportedInScientificForm() throws IOException {
        Path gate = Files.writeString(
                dir.resolve("gate.json"),
                "{\"gate\":\"g\",\"rules\":[{\"rule\":\"subtasks-present\",\"min\":1E+999999999},"
                        + "{\"rule\":\"subtasks-present\",\"min\":1E-999999999}]}");

        Cli.Run run = Cli.run("check", "--gate", gate.toString(), "--issue", Cli.file("rest/dc-v2-story.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("$.rules[0].min: 1E+999999999 is too large. The maximum is 1000.")
                .contains("$.rules[1].min: 1E-999999999 is not a whole number.");
    }
}
