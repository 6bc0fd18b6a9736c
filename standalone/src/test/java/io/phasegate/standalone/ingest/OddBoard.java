package io.phasegate.standalone.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small Data Center board in a temporary directory for odd-data tests: columns To Do (10000),
 * In Progress (3), Done (10001); estimation field customfield_10002 "Story Points"; closed sprint
 * 1 and active sprint 2. Tests write the issues file.
 */
final class OddBoard {
    static final String BOARD =
            """
            {"id":7,"name":"Odd board","columnConfig":{"columns":[
              {"name":"To Do","statuses":[{"id":"10000"}]},
              {"name":"In Progress","statuses":[{"id":"3"}]},
              {"name":"Done","statuses":[{"id":"10001"}]}]},
             "estimation":{"type":"field","field":{"fieldId":"customfield_10002","displayName":"Story Points"}}}
            """;
    static final String SPRINTS =
            """
            {"isLast":true,"values":[
             {"id":1,"state":"closed","name":"Sprint 1","startDate":"2026-01-05T09:00:00.000Z",
              "endDate":"2026-01-16T17:00:00.000Z","completeDate":"2026-01-16T16:00:00.000Z","originBoardId":7},
             {"id":2,"state":"active","name":"Sprint 2","startDate":"2026-01-19T09:00:00.000Z",
              "endDate":"2026-01-30T17:00:00.000Z","originBoardId":7}]}
            """;
    static final String NAMES = "\"names\":{\"customfield_10002\":\"Story Points\",\"customfield_10005\":\"Sprint\"}";

    private OddBoard() {}

    static Path write(Path dir, String issues) {
        try {
            Files.writeString(dir.resolve("board-configuration.json"), BOARD);
            Files.writeString(dir.resolve("sprints.json"), SPRINTS);
            Files.writeString(dir.resolve("issues.json"), issues);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A search response with these issues and the names map. */
    static String search(String... issues) {
        return "{\"startAt\":0,\"total\":" + issues.length + ",\"issues\":[" + String.join(",", issues) + "]," + NAMES
                + "}";
    }

    /** An issue in status {@code statusId} ("To Do" 10000, "In Progress" 3, "Done" 10001) with extra fields and changelog. */
    static String issue(String key, String statusId, String statusName, String extraFields, String changelog) {
        return "{\"key\":\"" + key + "\",\"fields\":{\"issuetype\":{\"name\":\"Story\",\"subtask\":false},"
                + "\"created\":\"2026-01-02T10:00:00.000+0000\",\"status\":{\"id\":\"" + statusId + "\",\"name\":\""
                + statusName + "\",\"statusCategory\":{\"key\":\"indeterminate\"}}" + extraFields + "},"
                + "\"changelog\":" + changelog + "}";
    }

    static String history(String created, String... items) {
        return "{\"created\":\"" + created + "\",\"items\":[" + String.join(",", items) + "]}";
    }

    static String changelog(String... histories) {
        return "{\"startAt\":0,\"maxResults\":" + histories.length + ",\"total\":" + histories.length
                + ",\"histories\":[" + String.join(",", histories) + "]}";
    }

    static String item(String field, String from, String fromString, String to, String toString) {
        return "{\"field\":\"" + field + "\",\"fieldtype\":\"custom\",\"from\":" + quote(from) + ",\"fromString\":"
                + quote(fromString) + ",\"to\":" + quote(to) + ",\"toString\":" + quote(toString) + "}";
    }

    private static String quote(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
