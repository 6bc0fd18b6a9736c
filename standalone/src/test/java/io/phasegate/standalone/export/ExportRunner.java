package io.phasegate.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs {@code phasegate export} in-process with a sleeper that only records its waits. */
final class ExportRunner {
    static final String TOKEN = "dc-pat-Zq81secretTOKEN";
    static final String EMAIL = "ann@example.com";
    static final String API_TOKEN = "cloud-api-Xy77secretTOKEN";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    final List<Duration> sleeps = new ArrayList<>();

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ExportCommand(sleeps::add, CLOCK, new Random(7), false));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A Data Center export of the canned board into {@code dir}, three issues a page. */
    Run dataCenter(FakeJira jira, Path dir, String... more) {
        return run(concat(
                new String[] {"--url", jira.url(), "--token", TOKEN, "--board", "42", "--out", dir.toString()}, more));
    }

    Run cloud(FakeJira jira, Path dir, String... more) {
        return run(concat(
                new String[] {
                    "--url",
                    jira.url(),
                    "--user",
                    EMAIL,
                    "--api-token",
                    API_TOKEN,
                    "--board",
                    "42",
                    "--out",
                    dir.toString()
                },
                more));
    }

    static FakeJira dataCenterJira() {
        try {
            return FakeJira.dataCenter(TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FakeJira cloudJira() {
        try {
            return FakeJira.cloud(EMAIL, API_TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
    }
}
