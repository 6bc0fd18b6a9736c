package io.phasegate.core.cloud;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Evaluates expressions with the dependency-free Node harness in {@code cloud/test/evaluate.js},
 * many cases per Node process.
 */
final class NodeEvaluator {
    static final Path SCRIPT = locate();

    /** What the harness returned for one case. */
    record Result(Object value, String error) {
        boolean passed() {
            return Boolean.TRUE.equals(value);
        }
    }

    private NodeEvaluator() {}

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("cloud/test/evaluate.js");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IllegalStateException("cloud/test/evaluate.js not found above " + here);
    }

    static List<Result> evaluate(List<String> expressions, List<Map<String, Object>> contexts) {
        List<Object> cases = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            cases.add(Map.of("expression", expressions.get(i), "context", contexts.get(i)));
        }
        String output = run(JsonText.write(cases));
        List<Result> results = new ArrayList<>();
        for (String line : output.split("\n")) {
            String text = new String(Base64.getDecoder().decode(line.substring(1)), StandardCharsets.UTF_8);
            results.add(
                    switch (line.charAt(0)) {
                        case 'T' -> new Result(Boolean.TRUE, null);
                        case 'S' -> new Result(text, null);
                        case 'E' -> new Result(null, text);
                        default -> new Result("(not a String: " + text + ")", null);
                    });
        }
        return results;
    }

    private static String run(String input) {
        try {
            Process node = new ProcessBuilder("node", SCRIPT.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (OutputStream in = node.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(120, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new IllegalStateException("node failed on " + SCRIPT);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("node (v20) is needed for the Jira expression tests: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
