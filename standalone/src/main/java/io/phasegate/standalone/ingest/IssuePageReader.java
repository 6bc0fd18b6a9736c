package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
                issues(parser, "/", sink);
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
                issues(parser, "/issues/", sink);
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

    private void issues(JsonParser parser, String prefix, Consumer<RawIssue> sink) throws IOException {
        JsonToken token;
        String fileName = file.getFileName().toString();
        for (int index = 0; (token = parser.nextToken()) != JsonToken.END_ARRAY; index++) {
            if (token != JsonToken.START_OBJECT) {
                throw JsonFiles.broken(file, parser, "is " + JsonFiles.kind(token) + "; " + EXPECTED);
            }
            RawIssue issue = new RawIssue();
            issue.fileName = fileName;
            issue.arrayPointer = prefix;
            issue.index = index;
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
                case "issuetype" -> issueType(parser, issue);
                case "parent" -> {
                    issue.hasParent = value == JsonToken.START_OBJECT;
                    parser.skipChildren();
                }
                case "created" -> issue.created = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "status" -> status(parser, issue);
                case "resolution" -> issue.resolution = SmallValues.text(parser, pool, "name");
                case "assignee" -> issue.assignee = SmallValues.text(parser, pool, "displayName");
                case "labels" -> issue.labels = SmallValues.strings(parser, pool);
                default -> customValue(parser, id, value, issue);
            }
        }
    }

    private void issueType(JsonParser parser, RawIssue issue) throws IOException {
        String[] values = SmallValues.read(parser, pool, "name", "subtask");
        issue.issueType = values[0];
        if (values[1] != null) {
            issue.subtaskType = Boolean.parseBoolean(values[1]);
        }
    }

    private void status(JsonParser parser, RawIssue issue) throws IOException {
        String[] values = SmallValues.read(parser, pool, "id", "name", "statusCategory.key");
        issue.statusId = values[0];
        issue.statusName = values[1];
        StatusCategory category = StatusCategory.fromJiraKey(values[2]);
        statuses.learn(issue.statusId, issue.statusName, category, StatusCatalogue.Source.ISSUE_FIELD);
    }

    private void customValue(JsonParser parser, String id, JsonToken value, RawIssue issue) throws IOException {
        if (!id.startsWith("customfield_")) {
            parser.skipChildren();
        } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            issue.numbers.put(pool.of(id), parser.getDecimalValue());
        } else if (value == JsonToken.START_ARRAY) {
            CustomArrays.read(pool.of(id), parser, issue, pool);
        } else {
            parser.skipChildren();
        }
    }
}
