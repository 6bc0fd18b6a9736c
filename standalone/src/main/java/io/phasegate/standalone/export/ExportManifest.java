package io.phasegate.standalone.export;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code manifest.json}: what an export fetched from where, every file it wrote with counts and
 * SHA-256, and where a re-run resumes. Rewritten (atomically) after every file, so it always
 * describes the files on disk.
 */
final class ExportManifest {
    static final String FILE = "manifest.json";
    static final String FORMAT = "phasegate-export/1";

    private final ExportOptions options;
    private final Map<String, ExportedFile> files = new LinkedHashMap<>();
    private final List<ChangelogCompletion> changelogs = new ArrayList<>();
    private String startedAt;
    private String finishedAt;
    private String deployment;
    private String serverVersion;
    private String jql;
    private Integer issuesTotal;
    private boolean issuesComplete;

    ExportManifest(ExportOptions options, Instant startedAt) {
        this.options = options;
        this.startedAt = startedAt.toString();
    }

    /** The manifest in {@code files}, if there is one that {@code options} may resume. */
    static Optional<ExportManifest> resume(ExportFiles files, ExportOptions options) {
        Optional<byte[]> bytes = files.read(FILE);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = ExportJson.parse(bytes.get());
        } catch (UncheckedIOException e) {
            throw ExportException.badInput(files.dir().resolve(FILE) + " is not readable JSON ("
                    + e.getCause().getMessage() + "). Use another --out directory or --restart.");
        }
        ExportOptions previous = ExportJson.MAPPER.convertValue(json.path("options"), ExportOptions.class);
        if (!FORMAT.equals(json.path("format").asText()) || !options.equals(previous)) {
            throw ExportException.badInput(files.dir() + " holds an export made with other options (" + previous
                    + "). Use another --out directory, the same options, or --restart.");
        }
        ExportManifest manifest =
                new ExportManifest(options, Instant.parse(json.path("startedAt").asText()));
        List<ExportedFile> listed = ExportJson.MAPPER.convertValue(json.path("files"), new TypeReference<>() {});
        listed.forEach(file -> manifest.files.put(file.name(), file));
        manifest.changelogs.addAll(ExportJson.MAPPER.convertValue(
                json.path("changelogs"), new TypeReference<List<ChangelogCompletion>>() {}));
        JsonNode issues = json.path("issues");
        manifest.jql = issues.path("jql").textValue();
        manifest.issuesTotal =
                issues.path("total").isNumber() ? issues.path("total").asInt() : null;
        manifest.issuesComplete = issues.path("complete").asBoolean(false);
        return Optional.of(manifest);
    }

    void server(String deployment, String serverVersion) {
        this.deployment = deployment;
        this.serverVersion = serverVersion;
    }

    /** The file as listed, if it is listed and its bytes on disk are unchanged. */
    Optional<ExportedFile> intact(String name, ExportFiles dir) {
        return Optional.ofNullable(files.get(name)).filter(file -> dir.intact(file.name(), file.sha256()));
    }

    void add(ExportedFile file) {
        files.put(file.name(), file);
        finishedAt = null;
    }

    int issuesFetched() {
        return issuePages().stream().mapToInt(ExportedFile::count).sum();
    }

    List<ExportedFile> issuePages() {
        return files.values().stream().filter(ExportedFile::isIssuePage).toList();
    }

    /** Forgets issue pages from {@code name} on, and whether the issues were complete. */
    void dropIssuePagesFrom(String name) {
        files.values().removeIf(file -> file.isIssuePage() && file.name().compareTo(name) >= 0);
        changelogs.removeIf(change -> change.page().compareTo(name) >= 0);
        issuesComplete = false;
    }

    void issues(String jql, int total, boolean complete) {
        this.jql = jql;
        this.issuesTotal = total;
        this.issuesComplete = complete;
    }

    boolean issuesComplete() {
        return issuesComplete;
    }

    void addChangelogs(List<ChangelogCompletion> completed) {
        changelogs.addAll(completed);
    }

    void finish(Instant at) {
        finishedAt = at.toString();
    }

    /** Writes the manifest atomically. */
    void save(ExportFiles dir, Instant now) {
        dir.write(FILE, ExportJson.pretty(toJson(now)));
    }

    private ObjectNode toJson(Instant now) {
        ObjectNode root = ExportJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("url", options.url());
        root.put("board", options.board());
        root.put("deployment", deployment);
        root.put("serverVersion", serverVersion);
        root.set("options", ExportJson.MAPPER.valueToTree(options));
        root.put("startedAt", startedAt);
        root.put("updatedAt", now.toString());
        root.put("finishedAt", finishedAt);
        root.put("complete", finishedAt != null);
        ObjectNode issues = root.putObject("issues");
        issues.put("jql", jql);
        issues.put("total", issuesTotal);
        issues.put("fetched", issuesFetched());
        issues.put("pages", issuePages().size());
        issues.put("complete", issuesComplete);
        root.set("files", ExportJson.MAPPER.valueToTree(files.values()));
        root.set("changelogs", ExportJson.MAPPER.valueToTree(changelogs));
        ObjectNode resume = root.putObject("resume");
        List<ExportedFile> pages = issuePages();
        resume.put("nextIssuePage", pages.size() + 1);
        resume.put(
                "nextStartAt", pages.isEmpty() ? 0 : pages.get(pages.size() - 1).nextStartAt());
        return root;
    }
}
