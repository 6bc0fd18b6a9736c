package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.issue.StatusCategory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams one {@code issues*.json}: a search response ({@code /rest/api/2|3/search}, {@code
 * /rest/api/3/search/jql}, {@code /rest/agile/1.0/board/{id}/issue}) or a bare array of issues,
 * fetched with {@code expand=changelog} (and {@code names}). Each issue becomes a compact {@link
 * RawIssue} as its tokens pass; big values such as descriptions are skipped unread.
 */
final class IssuePageReader {
    static final String EXPECTED = "expected a Jira search response {\"issues\":[...]} fetched with expand=changelog";

    private final Path file;
    private final Map<String, String> names;
    private final StatusCatalogue statuses;
    private final ChangelogReader changelog;
    private final StringPool pool;

    IssuePageReader(
            Path file,
            Map<String, String> names,
            StatusCatalogue statuses,
            ChangelogReader changelog,
            StringPool pool) {
        this.file = file;
        this.names = names;
        this.statuses = statuses;
        this.changelog = changelog;
        this.pool = pool;
    }

    /** Streams the file, handing each issue to {@code sink} and its {@code names} to the names map. */
    void read(Consumer<RawIssue> sink) {
        JsonParser parser = JsonFiles.open(file);
        try {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                issues(parser, sink);
            } else if (first == JsonToken.START_OBJECT) {
                response(parser, sink);
            } else {
                throw JsonFiles.broken(file, parser, "is " + JsonFiles.kind(first) + "; " + EXPECTED);
            }
        } catch (IOException e) {
            throw JsonFiles.broken(file, parser, e);
        } finally {
            JsonFiles.close(parser);
        }
    }

    private void response(JsonParser parser, Consumer<RawIssue> sink) throws IOException {
        boolean sawIssues = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("issues".equals(name) && value == JsonToken.START_ARRAY) {
                sawIssues = true;
                issues(parser, sink);
            } else if ("names".equals(name) && value == JsonToken.START_OBJECT) {
                JsonFiles.tree(parser).properties().forEach(entry -> {
                    if (entry.getValue().isTextual()) {
                        names.put(entry.getKey(), entry.getValue().textValue());
                    }
                });
            } else if ("errorMessages".equals(name)) {
                throw JsonFiles.broken(
                        file, parser, "is an error response from Jira " + JsonFiles.tree(parser) + "; " + EXPECTED);
            } else {
                parser.skipChildren();
            }
        }
        if (!sawIssues) {
            throw JsonFiles.broken(file, parser, "has no \"issues\" array; " + EXPECTED);
        }
    }

    private void issues(JsonParser parser, Consumer<RawIssue> sink) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw JsonFiles.broken(file, parser, "is " + JsonFiles.kind(token) + "; " + EXPECTED);
            }
            RawIssue issue = new RawIssue();
            issue.where = file.getFileName() + " " + JsonFiles.pointer(parser);
            issue(parser, issue);
            sink.accept(issue);
        }
    }

    private void issue(JsonParser parser, RawIssue issue) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("key".equals(name) && value == JsonToken.VALUE_STRING) {
                issue.key = parser.getText();
            } else if ("fields".equals(name) && value == JsonToken.START_OBJECT) {
                fields(parser, issue);
            } else if ("changelog".equals(name) && value == JsonToken.START_OBJECT) {
                changelog.read(parser, issue);
            } else {
                parser.skipChildren();
            }
        }
    }

    private void fields(JsonParser parser, RawIssue issue) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String id = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (id) {
                case "issuetype" -> issueType(JsonFiles.tree(parser), issue);
                case "parent" -> {
                    issue.hasParent = value == JsonToken.START_OBJECT;
                    parser.skipChildren();
                }
                case "created" -> issue.created = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "status" -> status(JsonFiles.tree(parser), issue);
                case "resolution" -> issue.resolution =
                        pool.of(JsonFiles.tree(parser).path("name").textValue());
                case "assignee" -> issue.assignee =
                        pool.of(JsonFiles.tree(parser).path("displayName").textValue());
                case "labels" -> labels(JsonFiles.tree(parser), issue);
                default -> customValue(parser, id, value, issue);
            }
        }
    }

    private void issueType(JsonNode type, RawIssue issue) {
        issue.issueType = pool.of(type.path("name").textValue());
        if (type.path("subtask").isBoolean()) {
            issue.subtaskType = type.get("subtask").booleanValue();
        }
    }

    private void status(JsonNode status, RawIssue issue) {
        issue.statusId = pool.of(status.path("id").asText(null));
        issue.statusName = pool.of(status.path("name").textValue());
        StatusCategory category = StatusCategory.fromJiraKey(
                status.path("statusCategory").path("key").textValue());
        statuses.learn(issue.statusId, issue.statusName, category, StatusCatalogue.Source.ISSUE_FIELD);
    }

    private void labels(JsonNode labels, RawIssue issue) {
        if (labels.isArray() && !labels.isEmpty()) {
            String[] values = new String[labels.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = pool.of(labels.get(i).asText());
            }
            issue.labels = java.util.List.of(values);
        }
    }

    private void customValue(JsonParser parser, String id, JsonToken value, RawIssue issue) throws IOException {
        if (!id.startsWith("customfield_")) {
            parser.skipChildren();
        } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            issue.numbers.put(pool.of(id), parser.getDecimalValue());
        } else if (value == JsonToken.START_ARRAY) {
            CustomArrays.classify(pool.of(id), JsonFiles.tree(parser), issue, pool);
        } else {
            parser.skipChildren();
        }
    }
}
