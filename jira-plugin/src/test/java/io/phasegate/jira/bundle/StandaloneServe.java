package io.phasegate.jira.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code phasegate serve --data DIR --port 0} in a child JVM, the real command on the test classpath,
 * over a copy of the bundled sample board. Served with {@code --data}, the board's Jira address
 * ({@code https://jira.example.com}) is kept, so the answers carry a {@code jiraBaseUrl}.
 */
final class StandaloneServe implements AutoCloseable {
    static final String JIRA = "https://jira.example.com";
    private static final List<String> SAMPLE = List.of(
            "board-configuration.json",
            "fields.json",
            "issues-0001.json",
            "issues-0002.json",
            "issues-0003.json",
            "sprints.json",
            "statuses.json");
    private static final Pattern SERVING = Pattern.compile(" at (http://\\S+?)/?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final String url;

    private StandaloneServe(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Serves the sample board copied to dir, after edit has changed its JSON files (file name → tree). */
    static StandaloneServe start(Path dir, Consumer<SampleFiles> edit) {
        try {
            SampleFiles files = new SampleFiles(dir);
            edit.accept(files);
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "io.phasegate.standalone.PhasegateCommand",
                            "serve",
                            "--data",
                            dir.toString(),
                            "--port",
                            "0")
                    .redirectErrorStream(true)
                    .start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    drain(out);
                    return new StandaloneServe(process, m.group(1));
                }
            }
            throw new IllegalStateException("phasegate serve did not start:\n" + seen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return url;
    }

    /** The server's answer to a REST path (below /rest/phasegate/1.0) as a JSON tree. */
    JsonNode get(String pathAndQuery) {
        try (InputStream in = java.net
                .URI
                .create(url + "/rest/phasegate/1.0" + pathAndQuery)
                .toURL()
                .openStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the child's console from filling up
                }
            } catch (IOException e) {
                // the child ended
            }
        });
        drainer.setDaemon(true);
        drainer.start();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The sample board's files in dir, to be changed before the server reads them. */
    static final class SampleFiles {
        private final Path dir;

        SampleFiles(Path dir) throws IOException {
            this.dir = dir;
            for (String name : SAMPLE) {
                try (InputStream in =
                        StandaloneServe.class.getClassLoader().getResourceAsStream("sample-data/" + name)) {
                    if (in == null) {
                        throw new IOException("sample-data/" + name + " is not on the test classpath");
                    }
                    Files.write(dir.resolve(name), in.readAllBytes());
                }
            }
        }

        /** Reads, changes and writes back one file's JSON. */
        void edit(String name, Consumer<ObjectNode> change) {
            try {
                ObjectNode tree = (ObjectNode) JSON.readTree(dir.resolve(name).toFile());
                change.accept(tree);
                JSON.writeValue(dir.resolve(name).toFile(), tree);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> issueFiles() {
            return SAMPLE.stream().filter(n -> n.startsWith("issues-")).toList();
        }
    }
}
