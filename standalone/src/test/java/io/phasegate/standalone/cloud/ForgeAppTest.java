package io.phasegate.standalone.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasegate.core.cloud.CompiledGate;
import io.phasegate.core.cloud.CompiledValidator;
import io.phasegate.core.cloud.JiraExpressionCompiler;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Forge app in cloud/ against the Java core: every validator module in the committed
 * manifest.yml carries exactly the expression the Java compiler emits for the gate JSON the
 * configuration page shows for it (static/config/gates.json), and the JSON the configuration page
 * saves is a gate the Java parser reads as the same gate.
 */
class ForgeAppTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CLOUD = locate();

    /** The cloud/ folder of this checkout. */
    static Path cloud() {
        return CLOUD;
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("cloud/manifest.yml"))) {
                return dir.resolve("cloud");
            }
        }
        throw new IllegalStateException("cloud/manifest.yml not found");
    }

    @Test
    void manifestExpressionsAreTheJavaCompilersForTheDeployedGates() throws IOException {
        Map<String, String> modules = manifestExpressions();
        JsonNode deployed =
                MAPPER.readTree(CLOUD.resolve("static/config/gates.json").toFile());
        assertThat(deployed.size()).isPositive();
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, List<String>> byGate = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = deployed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> module = it.next();
            byGate.computeIfAbsent(module.getValue().asText(), json -> new ArrayList<>())
                    .add(module.getKey());
        }
        byGate.forEach((json, keys) -> {
            CompiledGate compiled = JiraExpressionCompiler.withDefaults().compile(parse(json));
            assertThat(compiled.deployable()).as(json).isTrue();
            List<CompiledValidator> validators = compiled.validators();
            assertThat(keys).as("modules of " + json).hasSize(validators.size());
            for (int i = 0; i < keys.size(); i++) {
                expected.put(keys.get(i), validators.get(i).expression());
            }
        });
        assertThat(modules)
                .as("cloud/manifest.yml is stale: recompile the gates and run npm run build:manifest (cloud/README.md)")
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void configurationPageSavesGatesTheJavaParserReadsAsTheSameGate() throws Exception {
        List<String> gates = List.of(
                Files.readString(CLOUD.resolve("gates/ready-for-sprint.gate.json")),
                "{\"gate\": \"Ready for sprint\", \"onMisconfiguration\": \"allow\", \"rules\": ["
                        + "{\"rule\": \"story-points\", \"field\": \"customfield_10016\", \"policy\": \"every-subtask\"},"
                        + "{\"rule\": \"acceptance-criteria\", \"field\": \"customfield_10100\", \"minItems\": 2},"
                        + "{\"rule\": \"test-coverage\", \"linkTypes\": [\"is tested by\"], \"min\": 1},"
                        + "{\"rule\": \"field-present\", \"field\": \"customfield_10300\", \"label\": \"Design\"},"
                        + "{\"rule\": \"linked-issue\", \"issueTypes\": [\"RFC\"], \"min\": 1}]}");
        List<JsonNode> saved = savedByConfigurationPage(gates);
        for (int i = 0; i < gates.size(); i++) {
            assertThat(saved.get(i).isTextual())
                    .as("the page refused " + gates.get(i))
                    .isTrue();
            assertThat(parse(saved.get(i).asText()).toString())
                    .isEqualTo(parse(gates.get(i)).toString());
        }
    }

    @Test
    void configurationPageRefusesWhatTheJavaParserRefusesForUnknownKeysAndRules() throws Exception {
        List<String> broken = List.of(
                "{\"gate\": \"g\", \"rules\": [{\"rule\": \"story-point\", \"field\": \"customfield_1\"}]}",
                "{\"gate\": \"g\", \"rulez\": [], \"rules\": [{\"rule\": \"subtasks-present\"}]}",
                "{\"gate\": \"g\", \"rules\": []}",
                "{\"gate\": \"g\", \"rules\": [");
        List<JsonNode> saved = savedByConfigurationPage(broken);
        for (int i = 0; i < broken.size(); i++) {
            String json = broken.get(i);
            assertThat(saved.get(i).isNull()).as("the page saved " + json).isTrue();
            assertThat(parses(json)).as("Java accepts " + json).isFalse();
        }
    }

    private static PhaseGate parse(String json) {
        try {
            return new GateConfigParser().parse(MAPPER.readValue(json, Object.class));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean parses(String json) {
        try {
            parse(json);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Runs the page's own check (static/config/src/hints.mjs) in Node: the JSON it would save, or null. */
    private static List<JsonNode> savedByConfigurationPage(List<String> texts) throws Exception {
        String script = "import { hints } from "
                + MAPPER.writeValueAsString(
                        CLOUD.resolve("static/config/src/hints.mjs").toUri().toString())
                + ";\nlet input = ''; process.stdin.on('data', d => input += d); process.stdin.on('end', () => {"
                + " const out = JSON.parse(input).map(t => { const r = hints(t, undefined);"
                + " return r.gate ? JSON.stringify(r.gate) : null; });"
                + " process.stdout.write(JSON.stringify(out)); });\n";
        return NodeModuleRun.each(script, texts);
    }

    /** Module key to expression, read from manifest.yml as build-manifest writes it (JSON-quoted scalars). */
    private static Map<String, String> manifestExpressions() throws IOException {
        Map<String, String> modules = new LinkedHashMap<>();
        String key = null;
        for (String line : Files.readAllLines(CLOUD.resolve("manifest.yml"))) {
            if (line.startsWith("    - key: ")) {
                key = line.substring("    - key: ".length()).strip();
            } else if (line.startsWith("      expression: ")) {
                modules.put(key, MAPPER.readValue(line.substring("      expression: ".length()), String.class));
            }
        }
        return modules;
    }
}
