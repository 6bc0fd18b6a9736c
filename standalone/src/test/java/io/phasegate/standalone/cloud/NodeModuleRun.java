package io.phasegate.standalone.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an ES module script in Node with a JSON array on standard input; reads the JSON array it writes. */
final class NodeModuleRun {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NodeModuleRun() {}

    /** The script's answer, one element per input element (asserted). */
    static List<JsonNode> each(String script, List<String> inputs) throws Exception {
        Process node = new ProcessBuilder("node", "--input-type=module", "-e", script)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (var in = node.getOutputStream()) {
            in.write(MAPPER.writeValueAsBytes(inputs));
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).isZero();
        List<JsonNode> results = new ArrayList<>();
        MAPPER.readTree(output).forEach(results::add);
        assertThat(results).hasSameSizeAs(inputs);
        return results;
    }
}
