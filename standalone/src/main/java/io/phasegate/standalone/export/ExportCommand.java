package io.phasegate.standalone.export;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasegate export}: saves a board's Jira REST responses for {@code phasegate health}. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Fetches a board's sprints, configuration, statuses, fields and issues (with changelogs) from"
                    + " a live Jira Data Center or Cloud into DIR. Re-run with the same options to resume."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:partial export; re-run the same command to resume",
            "2:bad options, credentials or permissions"
        })
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "Jira base URL.")
    String url;

    @Option(
            names = "--token",
            paramLabel = "PAT",
            interactive = true,
            arity = "0..1",
            description = "Data Center personal access token; without a value, asked for.")
    String token;

    @Option(names = "--user", paramLabel = "EMAIL", description = "Cloud account e-mail.")
    String user;

    @Option(
            names = "--api-token",
            paramLabel = "TOKEN",
            interactive = true,
            arity = "0..1",
            description = "Cloud API token; without a value, asked for.")
    String apiToken;

    @Option(names = "--board", required = true, paramLabel = "ID", description = "Agile board id.")
    long board;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--sprints", paramLabel = "N", description = "Only issues of the last N started sprints.")
    Integer sprints;

    @Option(
            names = "--page-size",
            paramLabel = "N",
            defaultValue = "50",
            description = "Issues per page (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--restart", description = "Ignore an earlier export in DIR and start over.")
    boolean restart;

    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;
    private final boolean terminal;

    /** As {@code phasegate export} runs: real waits, the system clock, a bar if on a terminal. */
    public ExportCommand() {
        this(Sleeper.real(), Clock.systemUTC(), new SecureRandom(), System.console() != null);
    }

    ExportCommand(Sleeper sleeper, Clock clock, RandomGenerator random, boolean terminal) {
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ExportOptions options = new ExportOptions(siteUrl(url), positive("--board", board), sprints(), pageSize());
            JiraCredentials credentials = credentials();
            ExportProgress progress = ExportProgress.on(err, terminal, clock);
            JiraHttp http = new RetryingJiraHttp(
                    new JdkJiraHttp(options.url(), credentials),
                    RetryPolicy.standard(),
                    sleeper,
                    clock,
                    random,
                    progress::note);
            ExportManifest manifest = new JiraExport(
                            new JiraApi(http, options.url()), new ExportFiles(out), options, progress, clock)
                    .run(credentials.isBearer(), restart);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Exported board %d from %s into %s: %d issues in %d pages.%n",
                            board,
                            options.url(),
                            out,
                            manifest.issuesFetched(),
                            manifest.issuePages().size());
            return 0;
        } catch (ExportException e) {
            err.println("phasegate export: " + e.getMessage());
            return e.exitCode();
        }
    }

    private JiraCredentials credentials() {
        boolean cloudPair = user != null || apiToken != null;
        if (token != null && cloudPair) {
            throw ExportException.badInput(
                    "Give either --token (Data Center) or --user with --api-token (Cloud)," + " not both.");
        }
        if (token != null && !token.isBlank()) {
            return JiraCredentials.bearer(token.strip());
        }
        if (user != null && !user.isBlank() && apiToken != null && !apiToken.isBlank()) {
            return JiraCredentials.basic(user.strip(), apiToken.strip());
        }
        throw ExportException.badInput("Sign in with --token PAT (Data Center personal access token) or with"
                + " --user EMAIL --api-token TOKEN (Cloud).");
    }

    private Integer sprints() {
        return sprints == null ? null : (int) positive("--sprints", sprints);
    }

    private int pageSize() {
        if (pageSize < 1 || pageSize > 1000) {
            throw ExportException.badInput("--page-size must be between 1 and 1000: " + pageSize);
        }
        return pageSize;
    }

    private static long positive(String option, long value) {
        if (value < 1) {
            throw ExportException.badInput(option + " must be a positive number: " + value);
        }
        return value;
    }

    /** The base URL without a trailing slash; refuses credentials, queries and odd schemes. */
    static String siteUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ExportException.badInput("--url is not a URL: " + e.getReason());
        }
        if (uri.getRawUserInfo() != null) {
            throw ExportException.badInput("Leave credentials out of --url; use --token or --user/--api-token.");
        }
        if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw ExportException.badInput("--url must be the Jira base URL, such as https://jira.example.com"
                    + " or https://example.atlassian.net: " + url);
        }
        return uri.toString().replaceAll("/+$", "");
    }
}
