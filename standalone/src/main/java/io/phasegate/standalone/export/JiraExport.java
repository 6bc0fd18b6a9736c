package io.phasegate.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One export of a board: server info, board configuration, sprints, statuses, fields, then the
 * issue pages, skipping every file a previous run into the same directory already completed.
 */
final class JiraExport {
    private final JiraApi api;
    private final ExportFiles files;
    private final ExportOptions options;
    private final ExportProgress progress;
    private final Clock clock;

    JiraExport(JiraApi api, ExportFiles files, ExportOptions options, ExportProgress progress, Clock clock) {
        this.api = api;
        this.files = files;
        this.options = options;
        this.progress = progress;
        this.clock = clock;
    }

    private record Fetched(byte[] bytes, JsonNode json) {}

    /** Runs the export; {@code restart} ignores what an earlier run left. */
    ExportManifest run(boolean bearer, boolean restart) {
        ExportManifest manifest = (restart ? Optional.<ExportManifest>empty() : ExportManifest.resume(files, options))
                .orElseGet(() -> new ExportManifest(options, clock.instant()));
        JsonNode server = api.get("/rest/api/2/serverInfo").json();
        String deployment = server.path("deploymentType").asText("Server");
        boolean cloud = "Cloud".equalsIgnoreCase(deployment);
        if (cloud && bearer) {
            throw ExportException.badInput(options.url() + " is Jira Cloud, which does not take personal access"
                    + " tokens: use --user EMAIL --api-token TOKEN (an API token from id.atlassian.com).");
        }
        manifest.server(deployment, server.path("version").asText(null));
        long board = options.board();
        file(manifest, "board-configuration.json", () -> boardConfiguration(board));
        JsonNode sprints = file(manifest, "sprints.json", () -> {
            JsonNode merged = BoardSprints.fetch(api, board, progress);
            return new Fetched(ExportJson.compact(merged), merged);
        });
        file(manifest, "statuses.json", () -> fetched("/rest/api/2/status"));
        file(manifest, "fields.json", () -> fetched("/rest/api/2/field"));
        ChangelogCompleter completer = new ChangelogCompleter(api, cloud);
        new IssuePages(api, files, manifest, completer, progress, clock).fetch(board, options.pageSize(), jql(sprints));
        manifest.finish(clock.instant());
        manifest.save(files, clock.instant());
        return manifest;
    }

    private Optional<String> jql(JsonNode sprints) {
        if (options.sprints() == null) {
            return Optional.empty();
        }
        Optional<String> jql = BoardSprints.lastSprintsJql(sprints, options.sprints());
        if (jql.isEmpty()) {
            throw ExportException.badInput("Board " + options.board() + " has no started sprints, so --sprints "
                    + options.sprints() + " selects no issues. Leave out --sprints to export all its issues.");
        }
        return jql;
    }

    private JsonNode file(ExportManifest manifest, String name, Supplier<Fetched> fetch) {
        if (manifest.intact(name, files).isPresent()) {
            return ExportJson.parse(files.read(name).orElseThrow());
        }
        Fetched fetched = fetch.get();
        String sha256 = files.write(name, fetched.bytes());
        manifest.add(new ExportedFile(name, count(fetched.json()), sha256, null));
        manifest.save(files, clock.instant());
        return fetched.json();
    }

    private static int count(JsonNode json) {
        return json.isArray()
                ? json.size()
                : json.has("values") ? json.path("values").size() : 1;
    }

    private Fetched fetched(String path) {
        JiraApi.Body body = api.get(path);
        return new Fetched(body.text().getBytes(StandardCharsets.UTF_8), body.json());
    }

    private Fetched boardConfiguration(long board) {
        String path = "/rest/agile/1.0/board/" + board + "/configuration";
        JiraApi.Body body = api.find(path)
                .orElseThrow(() -> ExportException.badInput("Board " + board + " does not exist on " + options.url()
                        + ", or the account cannot see it (404). Check --board: it is the number after"
                        + " rapidView= or /boards/ in the board's URL."));
        return new Fetched(body.text().getBytes(StandardCharsets.UTF_8), body.json());
    }
}
