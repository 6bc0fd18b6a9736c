package io.phasegate.standalone.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.phasegate.standalone.ingest.DataDirectory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The ingest-to-raw-parse ratio of {@link IngestBenchmark} on a shared machine: the same two
 * operations, alternated in one JVM and timed by the thread's CPU time instead of the wall clock,
 * so that other processes' load (which JMH's wall-clock scores absorb) weighs on both alike.
 *
 * <p>{@code java … IngestCpuRatio DIR [ROUNDS]} with DIR written by {@link SyntheticExport}.
 */
public final class IngestCpuRatio {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    private IngestCpuRatio() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
        long[] raw = new long[rounds];
        long[] ingest = new long[rounds];
        long tokens = 0;
        for (int i = 0; i < rounds; i++) {
            long start = THREAD.getCurrentThreadCpuTime();
            tokens += rawTokens(files);
            raw[i] = THREAD.getCurrentThreadCpuTime() - start;
            start = THREAD.getCurrentThreadCpuTime();
            tokens += DataDirectory.read(dir).issues().size();
            ingest[i] = THREAD.getCurrentThreadCpuTime() - start;
        }
        // The first third warms the JIT up and is not counted.
        long[] rawTimes = Arrays.copyOfRange(raw, rounds / 3, rounds);
        long[] ingestTimes = Arrays.copyOfRange(ingest, rounds / 3, rounds);
        Arrays.sort(rawTimes);
        Arrays.sort(ingestTimes);
        double rawMedian = rawTimes[rawTimes.length / 2] / 1e6;
        double ingestMedian = ingestTimes[ingestTimes.length / 2] / 1e6;
        System.out.printf(
                "CPU ms per operation, median (min) of %d: rawTokens %.1f (%.1f), ingest %.1f (%.1f);"
                        + " ingest runs at %.0f %% of the raw parse (%,d tokens and issues read)%n",
                rawTimes.length,
                rawMedian,
                rawTimes[0] / 1e6,
                ingestMedian,
                ingestTimes[0] / 1e6,
                100 * rawMedian / ingestMedian,
                tokens);
    }

    private static long rawTokens(List<Path> files) throws IOException {
        long tokens = 0;
        for (Path file : files) {
            try (JsonParser parser = JSON.createParser(Files.newInputStream(file))) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
