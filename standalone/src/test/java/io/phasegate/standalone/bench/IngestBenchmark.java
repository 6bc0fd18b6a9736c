package io.phasegate.standalone.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.phasegate.standalone.ingest.BoardData;
import io.phasegate.standalone.ingest.DataDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest throughput against the floor of any JSON reader: a raw Jackson token walk over the same
 * files, in the same run and JVM. Divide the two scores for the ratio (docs/benchmarks-health.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class IngestBenchmark {
    private static final JsonFactory JSON = new JsonFactory();

    @Param("20000")
    int issues;

    private Path dir;
    private List<Path> files;

    @Setup(Level.Trial)
    public void export() throws IOException {
        dir = Files.createTempDirectory("phasegate-bench");
        SyntheticExport.write(dir, issues);
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Every token of every file, nothing kept: what reading the bytes costs at least. */
    @Benchmark
    public long rawTokens() throws IOException {
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

    /** The whole ingestion: streaming, field choice, status names and one IssueHistory per issue. */
    @Benchmark
    public BoardData ingest() {
        return DataDirectory.read(dir);
    }
}
