package io.phasegate.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completes changelogs Jira truncated inline ({@code changelog.total} above the histories it
 * sent): fetches the rest from the issue's changelog resource, or where a Data Center version
 * lacks that resource, from the issue with {@code expand=changelog}; merges them into the issue.
 */
final class ChangelogCompleter {
    private static final int PAGE = 100;

    private final JiraApi api;
    private final String changelogApi;

    /** {@code cloud} picks {@code /rest/api/3}; Server and Data Center use {@code /rest/api/2}. */
    ChangelogCompleter(JiraApi api, boolean cloud) {
        this.api = api;
        this.changelogApi = cloud ? "/rest/api/3" : "/rest/api/2";
    }

    /** Completes, in place, every truncated changelog among {@code issues} saved in {@code page}. */
    List<ChangelogCompletion> complete(JsonNode issues, String page) {
        List<ChangelogCompletion> done = new ArrayList<>();
        for (JsonNode issue : issues) {
            JsonNode changelog = issue.path("changelog");
            if (changelog.isObject()
                    && changelog.path("total").asInt(0)
                            > changelog.path("histories").size()) {
                done.add(complete(issue.path("key").asText(), (ObjectNode) changelog, page));
            }
        }
        return done;
    }

    private ChangelogCompletion complete(String key, ObjectNode changelog, String page) {
        JsonNode inline = changelog.path("histories");
        int total = changelog.path("total").asInt();
        String source = changelogApi + "/issue/" + key + "/changelog";
        Optional<List<JsonNode>> rest = pages(source, inline.size());
        if (rest.isEmpty()) {
            source = "/rest/api/2/issue/" + key + "?expand=changelog";
            rest = api.find(source + "&fields=summary")
                    .map(body -> list(body.json().path("changelog").path("histories")));
        }
        List<JsonNode> merged = merge(inline, rest.orElse(List.of()));
        ArrayNode histories = ExportJson.MAPPER.createArrayNode().addAll(merged);
        changelog.put("startAt", 0);
        changelog.put("maxResults", merged.size());
        changelog.put("total", Math.max(total, merged.size()));
        changelog.set("histories", histories);
        return new ChangelogCompletion(
                key,
                page,
                inline.size(),
                total,
                merged.size(),
                rest.isPresent() ? source : "none (404)",
                merged.size() >= total);
    }

    /** Every history from {@code startAt} on, or empty if the resource does not exist (404). */
    private Optional<List<JsonNode>> pages(String path, int startAt) {
        List<JsonNode> values = new ArrayList<>();
        for (int at = startAt; ; ) {
            Optional<JiraApi.Body> body = api.find(path + "?startAt=" + at + "&maxResults=" + PAGE);
            if (body.isEmpty()) {
                return values.isEmpty() ? Optional.empty() : Optional.of(values);
            }
            JsonNode page = body.get().json();
            JsonNode pageValues = page.path("values");
            values.addAll(list(pageValues));
            at += pageValues.size();
            if (pageValues.isEmpty()
                    || page.path("isLast").asBoolean(false)
                    || at >= page.path("total").asInt()) {
                return Optional.of(values);
            }
        }
    }

    // Inline and fetched histories may overlap; history ids are unique and grow with time.
    private static List<JsonNode> merge(JsonNode inline, List<JsonNode> fetched) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        list(inline).forEach(history -> byId.putIfAbsent(history.path("id").asText(), history));
        fetched.forEach(history -> byId.putIfAbsent(history.path("id").asText(), history));
        List<JsonNode> merged = new ArrayList<>(byId.values());
        merged.sort(Comparator.comparingLong(ChangelogCompleter::numericId));
        return merged;
    }

    private static long numericId(JsonNode history) {
        try {
            return Long.parseLong(history.path("id").asText());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // keeps its place among other odd ids: the sort is stable
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
