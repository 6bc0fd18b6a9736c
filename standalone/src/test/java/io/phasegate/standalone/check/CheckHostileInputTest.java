package io.phasegate.standalone.check;

import static io.phasegate.standalone.check.Cli.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Summaries, field names and gate names come from people; whatever they hold, the JSON output stays
 * valid JSON that gives them back unchanged, and the text output cannot drive the terminal.
 */
class CheckHostileInputTest {
    private static final String SUMMARY =
            "</script><script>alert(\"x\")</script>\u001b[31mred\r\nforged line\u202egnp.exe";
    private static final String FIELD_NAME = "Notes \"</script><img src=x onerror=alert(1)>\u001b[2J\u2028\\ next";

    private final String[] args = {
        "check", "--gate", file("check/hostile-gate.json"), "--issue", file("check/hostile-issue.json")
    };

    @Test
    void jsonOutputEscapesEveryStringAndGivesItBackUnchanged() {
        Cli.Run run = Cli.run(args);

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode verdict = run.json();
        assertThat(verdict.get("gate").asText()).isEqualTo("gate \"</script>\"");
        assertThat(verdict.get("issue").get("summary").asText()).isEqualTo(SUMMARY);
        assertThat(verdict.get("violations").get(0).get("fieldName").asText()).isEqualTo(FIELD_NAME);
        assertThat(run.out())
                .contains("\\u001B[31mred\\r\\nforged line", "Notes \\\"</script>", "\\\\ next")
                .doesNotContain("\u001b", "\r");
    }

    @Test
    void textOutputShowsControlCharactersAsEscapes() {
        Cli.Run run = Cli.run(append(args, "--format", "text"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("\u001b", "\r", "\u2028", "\u202e");
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "ODD-1 \"</script><script>alert(\"x\")</script>\\u001b[31mred\\u000d\\u000aforged line"
                                + "\\u202egnp.exe\": blocked by gate gate \"</script>\" (1 violation)",
                        "✗ Notes \"</script><img src=x onerror=alert(1)>\\u001b[2J\\u2028\\ next:"
                                + " The field Notes \"</script><img src=x onerror=alert(1)>\\u001b[2J\\u2028\\ next"
                                + " is empty. Fill it in before this transition.");
    }

    private static String[] append(String[] args, String... more) {
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
