package io.phasegate.standalone.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/** One synthetic issue of {@link SyntheticExport}: added to its sprint, worked through the columns, maybe re-estimated. */
final class SyntheticIssue {
    private static final String LOREM = "As a team member I want the sprint report to show what was committed, "
            + "what was added and what was removed, so that the retrospective starts from facts. ";

    private final int number;
    private final int sprint;
    private final Random random;
    private final Instant created;
    private final int finalStep;
    private final int estimate;

    SyntheticIssue(int number, int sprint, Random random) {
        this.number = number;
        this.sprint = sprint;
        this.random = random;
        this.created =
                SyntheticExport.sprintStart(sprint).minus(Duration.ofDays(3)).plusSeconds(number % 3600);
        // The active (last) sprint is half done; earlier ones mostly done.
        this.finalStep = sprint == SyntheticExport.SPRINTS
                ? random.nextInt(4)
                : (random.nextInt(10) < 8 ? 3 : 1 + random.nextInt(2));
        this.estimate = 1 + random.nextInt(8);
    }

    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("expand", "operations,changelog");
        json.writeStringField("id", String.valueOf(100000 + number));
        json.writeStringField("self", "https://jira.example.com/rest/api/2/issue/" + (100000 + number));
        json.writeStringField("key", "BEN-" + (number + 1));
        fields(json);
        changelog(json);
        json.writeEndObject();
    }

    private void fields(JsonGenerator json) throws IOException {
        String[] status = SyntheticExport.status(finalStep);
        json.writeObjectFieldStart("fields");
        json.writeStringField("summary", "Synthetic story " + number);
        json.writeStringField("description", LOREM + LOREM);
        json.writeObjectFieldStart("issuetype");
        json.writeStringField("name", number % 7 == 0 ? "Bug" : "Story");
        json.writeBooleanField("subtask", false);
        json.writeEndObject();
        json.writeStringField("created", SyntheticExport.time(created));
        json.writeObjectFieldStart("status");
        json.writeStringField("name", status[1]);
        json.writeStringField("id", status[0]);
        json.writeObjectFieldStart("statusCategory");
        json.writeStringField("key", finalStep == 3 ? "done" : finalStep == 0 ? "new" : "indeterminate");
        json.writeEndObject();
        json.writeEndObject();
        if (finalStep == 3) {
            json.writeObjectFieldStart("resolution");
            json.writeStringField("name", "Done");
            json.writeEndObject();
        } else {
            json.writeNullField("resolution");
        }
        json.writeObjectFieldStart("assignee");
        json.writeStringField("displayName", "Dev " + (number % 9));
        json.writeEndObject();
        json.writeArrayFieldStart("labels");
        json.writeString("team-" + (number % 4));
        json.writeEndArray();
        json.writeObjectFieldStart("comment");
        json.writeArrayFieldStart("comments");
        json.writeStartObject();
        json.writeStringField("body", "Reviewed; " + LOREM);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeNumberField("customfield_10002", estimate + 0.0);
        json.writeArrayFieldStart("customfield_10005");
        json.writeString(SprintStrings.of(sprint));
        json.writeEndArray();
        json.writeNullField("customfield_10000");
        json.writeStringField("customfield_10004", "0|i" + Integer.toString(number, 36) + ":");
        json.writeEndObject();
    }

    private void changelog(JsonGenerator json) throws IOException {
        Instant start = SyntheticExport.sprintStart(sprint);
        json.writeObjectFieldStart("changelog");
        json.writeNumberField("startAt", 0);
        json.writeArrayFieldStart("histories");
        int histories = 0;
        histories += history(json, created.plusSeconds(60), "description", null, "old text", null, "new text");
        histories +=
                history(json, created.plusSeconds(3600), "Sprint", "", "", String.valueOf(sprint), "Sprint " + sprint);
        histories += history(json, created.plusSeconds(7200), "Rank", null, null, null, "Ranked higher");
        for (int step = 1; step <= finalStep; step++) {
            String[] from = SyntheticExport.status(step - 1);
            String[] to = SyntheticExport.status(step);
            Instant at = start.plus(Duration.ofHours(24L * step + random.nextInt(20)));
            histories += history(json, at, "status", from[0], from[1], to[0], to[1]);
        }
        if (random.nextInt(4) == 0) {
            histories += history(
                    json,
                    start.plus(Duration.ofHours(30)),
                    "Story Points",
                    null,
                    String.valueOf(estimate + 2),
                    null,
                    String.valueOf(estimate));
        }
        histories += history(json, start.plus(Duration.ofDays(9)), "labels", null, "", null, "team-" + (number % 4));
        json.writeEndArray();
        json.writeNumberField("maxResults", histories);
        json.writeNumberField("total", histories);
        json.writeEndObject();
    }

    private static int history(
            JsonGenerator json, Instant at, String field, String from, String fromString, String to, String toString)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", String.valueOf(at.getEpochSecond()));
        json.writeObjectFieldStart("author");
        json.writeStringField("name", "bo");
        json.writeStringField("displayName", "Bo Bench");
        json.writeEndObject();
        json.writeStringField("created", SyntheticExport.time(at));
        json.writeArrayFieldStart("items");
        json.writeStartObject();
        json.writeStringField("field", field);
        json.writeStringField("fieldtype", "jira");
        json.writeStringField("from", from);
        json.writeStringField("fromString", fromString);
        json.writeStringField("to", to);
        json.writeStringField("toString", toString);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        return 1;
    }
}
