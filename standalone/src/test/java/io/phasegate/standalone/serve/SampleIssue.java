package io.phasegate.standalone.serve;

import static io.phasegate.standalone.serve.SampleBoardGenerator.JIRA;
import static io.phasegate.standalone.serve.SampleDocuments.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One issue of the sample while it is simulated: its current values and its changelog so far. */
final class SampleIssue {
    static final DateTimeFormatter REST =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter AGILE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    final int number;
    final String type;
    final String summary;
    final String description;
    final Instant created;
    final List<String> labels = new ArrayList<>();
    final List<String> tests = new ArrayList<>();
    final List<SampleIssue> subtasks = new ArrayList<>();
    final ArrayNode histories = NODES.arrayNode();
    SampleIssue parent;
    String points;
    String status = "To Do";
    String resolution;
    String assignee;
    final Set<Integer> sprints = new TreeSet<>();

    SampleIssue(int number, String type, String summary, String description, Instant created) {
        this.number = number;
        this.type = type;
        this.summary = summary;
        this.description = description;
        this.created = created;
    }

    String key() {
        return "SHOP-" + number;
    }

    static String rest(Instant instant) {
        return REST.format(instant);
    }

    static String agile(Instant instant) {
        return AGILE.format(instant);
    }

    private ArrayNode items(Instant at) {
        ObjectNode history = histories.addObject().put("id", Integer.toString(number * 100 + histories.size()));
        history.putObject("author").put("displayName", "Ann Lee").put("active", true);
        history.put("created", rest(at));
        return history.putArray("items");
    }

    private static void item(
            ArrayNode items, String field, String type, String from, String fromString, String to, String toString) {
        items.addObject()
                .put("field", field)
                .put("fieldtype", type)
                .put("from", from)
                .put("fromString", fromString)
                .put("to", to)
                .put("toString", toString);
    }

    void status(Instant at, String to) {
        ArrayNode items = items(at);
        item(items, "status", "jira", SampleDocuments.statusId(status), status, SampleDocuments.statusId(to), to);
        if (to.equals("Done") && resolution == null) {
            item(items, "resolution", "jira", null, null, "10000", "Done");
            resolution = "Done";
        } else if (!to.equals("Done") && resolution != null) {
            item(items, "resolution", "jira", "10000", resolution, null, null);
            resolution = null;
        }
        status = to;
    }

    void sprints(Instant at, Set<Integer> to) {
        item(items(at), "Sprint", "custom", ids(sprints), names(sprints), ids(to), names(to));
        sprints.clear();
        sprints.addAll(to);
    }

    void points(Instant at, String to) {
        item(items(at), "Story Points", "custom", null, points, null, to);
        points = to;
    }

    void assign(Instant at, String to) {
        item(items(at), "assignee", "jira", assignee, display(assignee), to, display(to));
        assignee = to;
    }

    private static String display(String user) {
        for (String[] person : SampleBoardGenerator.PEOPLE) {
            if (person[0].equals(user)) {
                return person[1];
            }
        }
        return null;
    }

    private static String ids(Set<Integer> sprints) {
        return String.join(
                ", ",
                sprints.stream()
                        .map(i -> Long.toString(SampleDocuments.sprintId(i)))
                        .toList());
    }

    private static String names(Set<Integer> sprints) {
        return String.join(", ", sprints.stream().map(i -> "Sprint " + (i + 1)).toList());
    }

    ObjectNode toJson() {
        ObjectNode issue = NODES.objectNode()
                .put("expand", "operations,changelog")
                .put("id", Integer.toString(20000 + number))
                .put("self", JIRA + "/rest/api/2/issue/" + (20000 + number))
                .put("key", key());
        ObjectNode fields = issue.putObject("fields");
        fields.put("summary", summary);
        fields.putObject("issuetype").put("name", type).put("subtask", parent != null);
        fields.put("created", rest(created));
        fields.set("status", SampleDocuments.status(status));
        if (resolution == null) {
            fields.putNull("resolution");
        } else {
            fields.putObject("resolution").put("id", "10000").put("name", resolution);
        }
        if (assignee == null) {
            fields.putNull("assignee");
        } else {
            fields.putObject("assignee")
                    .put("name", assignee)
                    .put("key", assignee)
                    .put("displayName", display(assignee));
        }
        ArrayNode labelList = fields.putArray("labels");
        labels.forEach(labelList::add);
        fields.put("description", description);
        if (parent != null) {
            fields.putObject("parent")
                    .put("key", parent.key())
                    .putObject("fields")
                    .put("summary", parent.summary);
        }
        ArrayNode subtaskList = fields.putArray("subtasks");
        for (SampleIssue subtask : subtasks) {
            ObjectNode brief = subtaskList
                    .addObject()
                    .put("id", Integer.toString(20000 + subtask.number))
                    .put("key", subtask.key());
            ObjectNode briefFields = brief.putObject("fields").put("summary", subtask.summary);
            briefFields.set("status", SampleDocuments.status(subtask.status));
            briefFields.putObject("issuetype").put("name", "Sub-task").put("subtask", true);
        }
        links(fields.putArray("issuelinks"));
        if (points == null) {
            fields.putNull(SampleBoardGenerator.POINTS);
        } else {
            fields.put(SampleBoardGenerator.POINTS, Double.parseDouble(points));
        }
        ArrayNode sprintList = fields.putArray(SampleBoardGenerator.SPRINT);
        sprints.forEach(i -> sprintList.add(SampleDocuments.sprintField(i)));
        fields.putNull("customfield_10000");
        fields.put("customfield_10004", String.format("0|i%05d:", number));
        issue.putObject("changelog")
                .put("startAt", 0)
                .put("maxResults", histories.size())
                .put("total", histories.size())
                .set("histories", histories);
        return issue;
    }

    private void links(ArrayNode links) {
        for (int i = 0; i < tests.size(); i++) {
            ObjectNode link = links.addObject().put("id", Integer.toString(30000 + number * 10 + i));
            link.putObject("type")
                    .put("id", "10200")
                    .put("name", "Tests")
                    .put("inward", "is tested by")
                    .put("outward", "tests");
            ObjectNode other = link.putObject("inwardIssue")
                    .put("id", Integer.toString(40000 + number * 10 + i))
                    .put("key", tests.get(i));
            ObjectNode otherFields = other.putObject("fields").put("summary", "Test of " + key());
            otherFields
                    .putObject("status")
                    .put("name", "Passed")
                    .putObject("statusCategory")
                    .put("key", "done");
            otherFields.putObject("issuetype").put("name", "Test").put("subtask", false);
        }
    }
}
