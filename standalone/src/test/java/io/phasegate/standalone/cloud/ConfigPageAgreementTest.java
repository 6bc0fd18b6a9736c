package io.phasegate.standalone.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.gate.config.GateConfigWriter;
import io.phasegate.standalone.text.BundleMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Cloud configuration page (cloud/static/config/src/hints.mjs, run in Node) against the Java
 * parser as {@code phasegate expression} reads a gate file ({@link ExpressionCommand#MAPPER}, {@link
 * GateConfigParser}, English texts), over the same corpus ({@link GateCorpus}): both refuse exactly the
 * same gates, with the same problems in the same order and the same texts; what the page saves is
 * the gate Java reads.
 */
class ConfigPageAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final BundleMessages MESSAGES = new BundleMessages();

    private static List<String> corpus;
    private static List<JsonNode> page;

    @BeforeAll
    static void runBoth() throws Exception {
        corpus = GateCorpus.all(ForgeAppTest.cloud().resolve("test/fixtures/gate-config-corpus.txt"));
        page = pageResults(corpus);
    }

    @Test
    void pageRefusesExactlyWhatJavaRefusesWithTheSameProblems() {
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < corpus.size(); i++) {
            String gate = corpus.get(i);
            Java java = java(gate);
            JsonNode result = page.get(i);
            softly.assertThat(result.get("notJson").asBoolean())
                    .as("not JSON for %s (Java: %s)", gate, java.problems)
                    .isEqualTo(java.notJson);
            if (!java.notJson) {
                softly.assertThat(texts(result.get("errors"))).as(gate).isEqualTo(java.problems);
            }
            softly.assertThat(result.get("saved").isTextual())
                    .as("page saves %s", gate)
                    .isEqualTo(java.gate != null);
        }
        softly.assertAll();
    }

    @Test
    void whatThePageSavesJavaReadsAsTheSameGate() {
        int valid = 0;
        for (int i = 0; i < corpus.size(); i++) {
            Java java = java(corpus.get(i));
            if (java.gate != null && page.get(i).get("saved").isTextual()) {
                Java saved = java(page.get(i).get("saved").asText());
                assertThat(new GateConfigWriter().toTree(saved.gate))
                        .as(corpus.get(i))
                        .isEqualTo(new GateConfigWriter().toTree(java.gate));
                valid++;
            }
        }
        assertThat(valid).as("valid gates in the corpus").isGreaterThan(50);
    }

    @Test
    void corpusCoversEveryKindOfProblem() {
        List<String> all = new ArrayList<>();
        corpus.stream().map(ConfigPageAgreementTest::java).forEach(java -> all.addAll(java.problems));
        assertThat(String.join("\n", all))
                .contains(
                        "this setting is required",
                        "a gate needs at least one rule",
                        "unknown setting",
                        "unknown rule",
                        "unknown value",
                        "expected a JSON string",
                        "expected a JSON array",
                        "expected a JSON object",
                        "expected a JSON boolean",
                        "expected a whole number",
                        "must not be empty",
                        "is not a whole number",
                        "is too small",
                        "is too large",
                        "is not a Jira field id",
                        "cannot be combined with",
                        "configure at least one of",
                        "has no letters or digits");
        assertThat(corpus.stream().filter(gate -> java(gate).notJson)).hasSizeGreaterThan(10);
    }

    /** What the CLI makes of the text: not JSON, the problems' texts, or the gate. */
    private record Java(boolean notJson, List<String> problems, PhaseGate gate) {}

    private static Java java(String text) {
        Object tree;
        try {
            tree = ExpressionCommand.MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return new Java(true, List.of(), null);
        }
        try {
            return new Java(false, List.of(), new GateConfigParser().parse(tree));
        } catch (GateConfigException e) {
            return new Java(
                    false,
                    e.problems().stream().map(p -> MESSAGES.render(p.message())).toList(),
                    null);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return texts;
    }

    /** Runs hints() of the page in one Node process: per text, {notJson, errors, saved}. */
    private static List<JsonNode> pageResults(List<String> texts) throws Exception {
        Path hints = ForgeAppTest.cloud().resolve("static/config/src/hints.mjs");
        String script = "import { hints } from "
                + MAPPER.writeValueAsString(hints.toUri().toString()) + ";\n"
                + "let input = ''; process.stdin.setEncoding('utf8'); process.stdin.on('data', d => input += d);\n"
                + "process.stdin.on('end', () => process.stdout.write(JSON.stringify(JSON.parse(input).map(t => {\n"
                + "  const r = hints(t, undefined);\n"
                + "  return { notJson: r.errors.some(e => e.startsWith('Not valid JSON: ')),\n"
                + "           errors: r.errors, saved: r.gate ? JSON.stringify(r.gate) : null };\n"
                + "}))));\n";
        return NodeModuleRun.each(script, texts);
    }
}
