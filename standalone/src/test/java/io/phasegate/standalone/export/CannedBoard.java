package io.phasegate.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The content a {@link FakeJira} serves: board 42 with five sprints and seven issues; issue PG-4
 * has five histories, more than Jira puts inline.
 */
final class CannedBoard {
    static final long BOARD = 42;
    static final int ISSUES = 7;
    static final String LONG_HISTORY = "PG-4";

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<ObjectNode> sprints = new ArrayList<>();
    final List<ObjectNode> issues = new ArrayList<>();

    CannedBoard() {
        for (int id = 1; id <= 5; id++) {
            ObjectNode sprint = JSON.createObjectNode();
            sprint.put("id", id).put("self", "https://jira.example.com/rest/agile/1.0/sprint/" + id);
            sprint.put("state", id == 5 ? "future" : id == 4 ? "active" : "closed");
            sprint.put("name", "PG Sprint " + id);
            if (id < 5) {
                sprint.put("startDate", "2026-0" + id + "-01T09:00:00.000Z");
                sprint.put("endDate", "2026-0" + id + "-14T17:00:00.000Z");
            }
            sprint.put("originBoardId", BOARD).put("goal", "Goal " + id);
            sprints.add(sprint);
        }
        for (int n = 1; n <= ISSUES; n++) {
            issues.add(issue(n));
        }
    }

    private static ObjectNode issue(int n) {
        ObjectNode issue = JSON.createObjectNode();
        issue.put("expand", "operations,changelog")
                .put("id", String.valueOf(10000 + n))
                .put("key", "PG-" + n);
        ObjectNode fields = issue.putObject("fields");
        fields.put("summary", "Story " + n);
        fields.putObject("status").put("id", "1").put("name", "To Do");
        fields.put("customfield_10016", n == 2 ? 0.5 : 3.0);
        // Issues 1-3 in sprint 1, 4-5 in sprint 3 (PG-5 carried over into 4), 6-7 in sprint 4.
        ArrayNode sprintField = fields.putArray("customfield_10020");
        for (int sprint : sprintsOf(n)) {
            sprintField.addObject().put("id", sprint).put("name", "PG Sprint " + sprint);
        }
        ArrayNode histories = JSON.createArrayNode();
        int count = ("PG-" + n).equals(LONG_HISTORY) ? 5 : 1;
        for (int h = 1; h <= count; h++) {
            ObjectNode history = histories.addObject();
            history.put("id", String.valueOf(n * 100 + h)).put("created", "2026-02-0" + h + "T10:00:00.000+0000");
            history.putObject("author").put("displayName", "Ann");
            history.putArray("items")
                    .addObject()
                    .put("field", "status")
                    .put("fromString", "To Do")
                    .put("toString", "Step " + h);
        }
        ObjectNode changelog = issue.putObject("changelog");
        changelog.put("startAt", 0).put("maxResults", histories.size()).put("total", histories.size());
        changelog.set("histories", histories);
        return issue;
    }

    static Set<Integer> sprintsOf(int issue) {
        return issue <= 3 ? Set.of(1) : issue == 4 ? Set.of(3) : issue == 5 ? Set.of(3, 4) : Set.of(4);
    }

    ObjectNode configuration() {
        ObjectNode config = JSON.createObjectNode();
        config.put("id", BOARD).put("name", "PG board").put("type", "scrum");
        config.putObject("filter").put("id", "10100");
        ArrayNode columns = config.putObject("columnConfig").putArray("columns");
        columns.addObject()
                .put("name", "To Do")
                .putArray("statuses")
                .addObject()
                .put("id", "1");
        columns.addObject().put("name", "Done").putArray("statuses").addObject().put("id", "10001");
        config.putObject("estimation").put("type", "field");
        return config;
    }

    JsonNode statuses() {
        ArrayNode statuses = JSON.createArrayNode();
        statuses.addObject().put("id", "1").put("name", "To Do");
        statuses.addObject().put("id", "10001").put("name", "Done");
        return statuses;
    }

    JsonNode fields() {
        ArrayNode fields = JSON.createArrayNode();
        fields.addObject().put("id", "summary").put("name", "Summary").put("custom", false);
        fields.addObject()
                .put("id", "customfield_10016")
                .put("name", "Story Points")
                .put("custom", true);
        fields.addObject().put("id", "customfield_10020").put("name", "Sprint").put("custom", true);
        return fields;
    }

    ObjectNode issue(String key) {
        return issues.stream()
                .filter(i -> i.path("key").asText().equals(key))
                .findFirst()
                .orElseThrow()
                .deepCopy();
    }
}
