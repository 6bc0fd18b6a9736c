package io.phasegate.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Pages as Jira's REST resources shape them, for {@link FakeJira}. */
final class FakeJiraPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPRINT_IN = Pattern.compile("sprint in \\(([\\d,]+)\\)");

    private FakeJiraPages() {}

    /** A page of the agile sprint resource: {@code isLast}, no total. */
    static JsonNode sprints(List<ObjectNode> sprints, int startAt, int maxResults) {
        ObjectNode page = JSON.createObjectNode();
        page.put("maxResults", maxResults).put("startAt", startAt);
        int end = Math.min(sprints.size(), startAt + maxResults);
        page.put("isLast", end >= sprints.size());
        ArrayNode values = page.putArray("values");
        sprints.subList(Math.min(startAt, end), end).forEach(values::add);
        return page;
    }

    /** A page of the board issue resource, inline changelogs cut to {@link FakeJira#INLINE_HISTORIES}. */
    static JsonNode issues(List<ObjectNode> issues, String jql, int startAt, int maxResults) {
        List<ObjectNode> selected = issues.stream().filter(i -> matches(i, jql)).toList();
        ObjectNode page = JSON.createObjectNode();
        page.put("expand", "names,schema").put("startAt", startAt).put("maxResults", maxResults);
        page.put("total", selected.size());
        ArrayNode values = page.putArray("issues");
        int end = Math.min(selected.size(), startAt + maxResults);
        for (ObjectNode issue : selected.subList(Math.min(startAt, end), end)) {
            ObjectNode copy = issue.deepCopy();
            ObjectNode changelog = (ObjectNode) copy.path("changelog");
            ArrayNode histories = (ArrayNode) changelog.path("histories");
            while (histories.size() > FakeJira.INLINE_HISTORIES) {
                histories.remove(histories.size() - 1);
            }
            changelog.put("maxResults", FakeJira.INLINE_HISTORIES);
            values.add(copy);
        }
        page.putObject("names").put("summary", "Summary").put("customfield_10016", "Story Points");
        return page;
    }

    private static boolean matches(JsonNode issue, String jql) {
        if (jql == null) {
            return true;
        }
        Matcher in = SPRINT_IN.matcher(jql);
        if (!in.matches()) {
            throw new IllegalArgumentException("the fake understands only 'sprint in (…)': " + jql);
        }
        Set<Integer> wanted =
                Arrays.stream(in.group(1).split(",")).map(Integer::valueOf).collect(Collectors.toSet());
        for (JsonNode sprint : issue.path("fields").path("customfield_10020")) {
            if (wanted.contains(sprint.path("id").asInt())) {
                return true;
            }
        }
        return false;
    }

    /** A page of the issue changelog resource (Cloud, and Data Center versions that have it). */
    static JsonNode changelog(ArrayNode histories, int startAt, int maxResults) {
        ObjectNode page = JSON.createObjectNode();
        int end = Math.min(histories.size(), startAt + maxResults);
        page.put("startAt", startAt).put("maxResults", maxResults).put("total", histories.size());
        page.put("isLast", end >= histories.size());
        ArrayNode values = page.putArray("values");
        for (int i = Math.min(startAt, end); i < end; i++) {
            values.add(histories.get(i));
        }
        return page;
    }
}
