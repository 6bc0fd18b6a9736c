package io.phasegate.standalone.serve;

import io.phasegate.contract.ApiException;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.standalone.jira.RestDataException;
import io.phasegate.standalone.snapshot.FileSnapshotStore;
import io.phasegate.standalone.snapshot.SnapshotWarnings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code phasegate serve}: the REST API and the web UI over a data directory or the bundled sample, on loopback. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serves sprint health, readiness coverage and gate dry-runs over HTTP (docs/serve.md).",
            "Without --data it serves a bundled sample board whose active sprint is always current."
        })
public final class ServeCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Directory of Jira REST responses "
                    + "(docs/data-files.md), e.g. from phasegate export (default: the bundled sample).")
    Path data;

    @Option(
            names = "--port",
            defaultValue = "8080",
            paramLabel = "N",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(
            names = "--no-snapshots",
            description = "Neither read nor store sprint snapshots (DIR/snapshots/, docs/metrics.md G2):"
                    + " every sprint is reconstructed from the changelogs.")
    boolean noSnapshots;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try (PhasegateServer server = start()) {
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
            return 0;
        } catch (RestDataException | ApiException | IllegalArgumentException e) {
            err.println("phasegate serve: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("phasegate serve: cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")");
            err.flush();
            return BAD_INPUT;
        }
    }

    /** Reads the data, starts the server and says where it is. */
    PhasegateServer start() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port " + port + ": a port is a number from 0 to 65535");
        }
        InetAddress address = address(bind);
        if (!address.isLoopbackAddress()) {
            err.println("phasegate serve: warning: listening on " + bind + ", which other machines may reach;"
                    + " the server has no login, so anyone who reaches it sees the board's data");
            err.flush();
        }
        boolean sample = data == null;
        Path dir = sample ? SampleData.unpack(clock) : data;
        SnapshotStore snapshots =
                noSnapshots ? SnapshotStore.DISABLED : new FileSnapshotStore(dir.resolve(SnapshotWarnings.FOLDER), err);
        BoardSource source = new BoardSource(dir, sample, clock, snapshots);
        String name = source.board().data().layout().name();
        PhasegateServer server = PhasegateServer.start(source, new InetSocketAddress(address, port), clock, err);
        String host = address.getHostAddress().contains(":")
                ? "[" + address.getHostAddress() + "]"
                : address.getHostAddress();
        out.println("Phasegate is serving " + name + (sample ? " (sample data)" : "") + " at http://" + host + ":"
                + server.port() + "/");
        out.flush();
        return server;
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + ": not an address of this machine");
        }
    }
}
