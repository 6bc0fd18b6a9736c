package io.phasegate.standalone.serve;

import static io.phasegate.standalone.serve.SampleBoardGenerator.FIRST_START;
import static io.phasegate.standalone.serve.SampleBoardGenerator.JIRA;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/** The board-level documents of the sample export: configuration, sprints, statuses, fields, names. */
final class SampleDocuments {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int SPRINTS = 5;
    static final int ACTIVE = 3;
    /** name, id, category key, category name. */
    static final String[][] STATUSES = {
        {"To Do", "10000", "new", "To Do"},
        {"In Progress", "3", "indeterminate", "In Progress"},
        {"Blocked", "10102", "indeterminate", "In Progress"},
        {"In Review", "10101", "indeterminate", "In Progress"},
        {"Done", "10001", "done", "Done"}
    };

    private SampleDocuments() {}

    static long sprintId(int index) {
        return 101 + index;
    }

    static Instant start(int index) {
        return FIRST_START.plus(Duration.ofDays(14L * index));
    }

    /**
     * 17:00 on the day before the start's weekday two weeks later: ten working days whatever the
     * weekday the server moves the start to.
     */
    static Instant end(int index) {
        return start(index).plus(Duration.ofDays(13)).plus(Duration.ofHours(8));
    }

    /** Closed sprints close an hour before their planned end. */
    static Instant complete(int index) {
        return index < ACTIVE ? end(index).minus(Duration.ofHours(1)) : null;
    }

    static String state(int index) {
        return index < ACTIVE ? "closed" : index == ACTIVE ? "active" : "future";
    }

    static ObjectNode sprints() {
        ObjectNode page =
                NODES.objectNode().put("maxResults", 50).put("startAt", 0).put("isLast", true);
        ArrayNode values = page.putArray("values");
        for (int i = 0; i < SPRINTS; i++) {
            ObjectNode sprint = values.addObject()
                    .put("id", sprintId(i))
                    .put("self", JIRA + "/rest/agile/1.0/sprint/" + sprintId(i))
                    .put("state", state(i))
                    .put("name", "Sprint " + (i + 1));
            if (i <= ACTIVE) {
                sprint.put("startDate", SampleIssue.agile(start(i)));
                sprint.put("endDate", SampleIssue.agile(end(i)));
                sprint.put("activatedDate", SampleIssue.agile(start(i)));
            }
            if (i < ACTIVE) {
                sprint.put("completeDate", SampleIssue.agile(complete(i)));
            }
            sprint.put("originBoardId", 7).put("goal", i == ACTIVE ? "Refunds by invoice" : "");
        }
        return page;
    }

    /** The Sprint field's value for one sprint, as Data Center writes it. */
    static String sprintField(int i) {
        String state = state(i).toUpperCase(java.util.Locale.ROOT);
        String dates = i <= ACTIVE
                ? "startDate=" + SampleIssue.agile(start(i)) + ",endDate=" + SampleIssue.agile(end(i))
                        + ",completeDate=" + (i < ACTIVE ? SampleIssue.agile(complete(i)) : "<null>")
                        + ",activatedDate=" + SampleIssue.agile(start(i))
                : "startDate=<null>,endDate=<null>,completeDate=<null>,activatedDate=<null>";
        return "com.atlassian.greenhopper.service.sprint.Sprint@" + Integer.toHexString(0x6a0 + i) + "[id="
                + sprintId(i) + ",rapidViewId=7,state=" + state + ",name=Sprint " + (i + 1) + "," + dates
                + ",sequence=" + sprintId(i) + ",goal=,synced=false,autoStartStop=false,"
                + "incompleteIssuesDestinationId=<null>]";
    }

    static ObjectNode boardConfiguration() {
        ObjectNode board = NODES.objectNode()
                .put("id", 7)
                .put("name", "Shop team board")
                .put("type", "scrum")
                .put("self", JIRA + "/rest/agile/1.0/board/7/configuration");
        board.putObject("location")
                .put("type", "project")
                .put("key", "SHOP")
                .put("id", "10000")
                .put("name", "Shop");
        board.putObject("filter").put("id", "10100").put("self", JIRA + "/rest/api/2/filter/10100");
        ObjectNode columns = board.putObject("columnConfig");
        ArrayNode list = columns.putArray("columns");
        column(list, "To Do", "10000");
        column(list, "In Progress", "3", "10102");
        column(list, "Review", "10101");
        column(list, "Done", "10001");
        columns.put("constraintType", "none");
        ObjectNode estimation = board.putObject("estimation").put("type", "field");
        estimation
                .putObject("field")
                .put("fieldId", SampleBoardGenerator.POINTS)
                .put("displayName", "Story Points");
        board.putObject("ranking").put("rankCustomFieldId", 10004);
        return board;
    }

    private static void column(ArrayNode columns, String name, String... statusIds) {
        ArrayNode statuses = columns.addObject().put("name", name).putArray("statuses");
        for (String id : statusIds) {
            statuses.addObject().put("id", id).put("self", JIRA + "/rest/api/2/status/" + id);
        }
    }

    static ArrayNode statuses() {
        ArrayNode list = NODES.arrayNode();
        for (String[] status : STATUSES) {
            list.add(status(status[0]));
        }
        return list;
    }

    static ObjectNode status(String name) {
        for (String[] status : STATUSES) {
            if (status[0].equals(name)) {
                ObjectNode node = NODES.objectNode()
                        .put("self", JIRA + "/rest/api/2/status/" + status[1])
                        .put("description", "")
                        .put("name", status[0])
                        .put("id", status[1]);
                node.putObject("statusCategory").put("key", status[2]).put("name", status[3]);
                return node;
            }
        }
        throw new IllegalArgumentException(name);
    }

    static String statusId(String name) {
        return status(name).get("id").asText();
    }

    /** id, name, custom. */
    static final String[][] FIELDS = {
        {"summary", "Summary", "false"},
        {"issuetype", "Issue Type", "false"},
        {"created", "Created", "false"},
        {"status", "Status", "false"},
        {"resolution", "Resolution", "false"},
        {"assignee", "Assignee", "false"},
        {"labels", "Labels", "false"},
        {"description", "Description", "false"},
        {"parent", "Parent", "false"},
        {"subtasks", "Sub-Tasks", "false"},
        {"issuelinks", "Linked Issues", "false"},
        {SampleBoardGenerator.POINTS, "Story Points", "true"},
        {SampleBoardGenerator.SPRINT, "Sprint", "true"},
        {"customfield_10000", "Flagged", "true"},
        {"customfield_10004", "Rank", "true"}
    };

    static ArrayNode fields() {
        ArrayNode list = NODES.arrayNode();
        for (String[] field : FIELDS) {
            ObjectNode node = list.addObject()
                    .put("id", field[0])
                    .put("name", field[1])
                    .put("custom", Boolean.parseBoolean(field[2]))
                    .put("navigable", true)
                    .put("searchable", true);
            node.putArray("clauseNames").add(field[1].toLowerCase(java.util.Locale.ROOT));
        }
        return list;
    }

    static ObjectNode names() {
        ObjectNode names = NODES.objectNode();
        for (String[] field : FIELDS) {
            names.put(field[0], field[1]);
        }
        return names;
    }
}
