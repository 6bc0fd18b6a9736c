package io.phasegate.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Fetches every page of the board's issues (with changelogs and field names) into {@code
 * issues-0001.json}, {@code issues-0002.json}, …, recording each page in the manifest as soon as
 * it is on disk, and starting after the last intact page a previous run left.
 */
final class IssuePages {
    private final JiraApi api;
    private final ExportFiles files;
    private final ExportManifest manifest;
    private final ChangelogCompleter completer;
    private final ExportProgress progress;
    private final Clock clock;

    IssuePages(
            JiraApi api,
            ExportFiles files,
            ExportManifest manifest,
            ChangelogCompleter completer,
            ExportProgress progress,
            Clock clock) {
        this.api = api;
        this.files = files;
        this.manifest = manifest;
        this.completer = completer;
        this.progress = progress;
        this.clock = clock;
    }

    static String fileName(int page) {
        return String.format("issues-%04d.json", page);
    }

    /** Fetches the pages still missing; {@code jql} narrows the board's issues. */
    void fetch(long board, int pageSize, Optional<String> jql) {
        List<ExportedFile> kept = intactPrefix();
        if (kept.size() < manifest.issuePages().size() || !manifest.issuesComplete()) {
            manifest.dropIssuePagesFrom(fileName(kept.size() + 1));
        } else {
            progress.note("issues: all " + kept.size() + " pages already fetched");
            return;
        }
        int page = kept.size() + 1;
        int startAt = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).nextStartAt();
        int fetched = kept.stream().mapToInt(ExportedFile::count).sum();
        for (boolean last = false; !last; page++) {
            JiraApi.Body body = api.get(path(board, startAt, pageSize, jql));
            JsonNode issues = body.json().path("issues");
            int total = body.json().path("total").asInt(startAt + issues.size());
            last = issues.isEmpty() || body.json().path("isLast").asBoolean(false) || startAt + issues.size() >= total;
            save(page, startAt, body, issues, total, last, jql);
            fetched += issues.size();
            progress.fetched("issues", page, fetched, total);
            startAt += issues.size();
        }
        for (int stale = page; files.read(fileName(stale)).isPresent(); stale++) {
            files.delete(fileName(stale)); // left by an earlier, longer export into this directory
        }
    }

    private void save(
            int page, int startAt, JiraApi.Body body, JsonNode issues, int total, boolean last, Optional<String> jql) {
        String name = fileName(page);
        List<ChangelogCompletion> completed = completer.complete(issues, name);
        byte[] bytes =
                completed.isEmpty() ? body.text().getBytes(StandardCharsets.UTF_8) : ExportJson.compact(body.json());
        String sha256 = files.write(name, bytes);
        manifest.add(new ExportedFile(name, issues.size(), sha256, startAt));
        manifest.addChangelogs(completed);
        manifest.issues(jql.orElse(null), total, last);
        manifest.save(files, clock.instant());
    }

    private List<ExportedFile> intactPrefix() {
        List<ExportedFile> listed = manifest.issuePages();
        int intact = 0;
        while (intact < listed.size()
                && listed.get(intact).name().equals(fileName(intact + 1))
                && files.intact(listed.get(intact).name(), listed.get(intact).sha256())) {
            intact++;
        }
        return listed.subList(0, intact);
    }

    private static String path(long board, int startAt, int pageSize, Optional<String> jql) {
        String query = "?expand=changelog,names&startAt=" + startAt + "&maxResults=" + pageSize
                + jql.map(q -> "&jql="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"))
                        .orElse("");
        return "/rest/agile/1.0/board/" + board + "/issue" + query;
    }
}
