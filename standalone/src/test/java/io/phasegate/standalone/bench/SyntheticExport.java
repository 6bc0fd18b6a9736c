package io.phasegate.standalone.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes a large, deterministic Data Center export of one board for benchmarks: board
 * configuration, statuses, a sprint list and search pages of 1,000 issues with {@code
 * expand=changelog,names}. Each issue carries the noise of a real one (description, comment,
 * rank, irrelevant changelog items) and about eight histories.
 *
 * <p>{@code java … SyntheticExport DIR ISSUES} writes an export for a manual run.
 */
public final class SyntheticExport {
    static final int PAGE = 1000;
    static final int SPRINTS = 20;
    private static final Instant FIRST_SPRINT = Instant.parse("2025-03-03T09:00:00Z");
    private static final DateTimeFormatter JIRA =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final String[][] FLOW = {
        {"10000", "To Do"}, {"3", "In Progress"}, {"10101", "In Review"}, {"10001", "Done"}
    };
    private static final JsonFactory JSON = new JsonFactory();

    private SyntheticExport() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        write(dir, Integer.parseInt(args[1]));
    }

    /** Writes the export of {@code issues} issues into {@code dir}; the last of 20 sprints is active. */
    public static void write(Path dir, int issues) throws IOException {
        Files.writeString(
                dir.resolve("board-configuration.json"),
                """
                {"id":7,"name":"Bench board","columnConfig":{"columns":[
                 {"name":"To Do","statuses":[{"id":"10000"}]},{"name":"In Progress","statuses":[{"id":"3"}]},
                 {"name":"Review","statuses":[{"id":"10101"}]},{"name":"Done","statuses":[{"id":"10001"}]}]},
                 "estimation":{"type":"field","field":{"fieldId":"customfield_10002","displayName":"Story Points"}}}
                """);
        Files.writeString(
                dir.resolve("statuses.json"),
                """
                [{"id":"10000","name":"To Do","statusCategory":{"key":"new"}},
                 {"id":"3","name":"In Progress","statusCategory":{"key":"indeterminate"}},
                 {"id":"10101","name":"In Review","statusCategory":{"key":"indeterminate"}},
                 {"id":"10001","name":"Done","statusCategory":{"key":"done"}}]
                """);
        writeSprints(dir);
        Random random = new Random(42);
        for (int page = 0; page * PAGE < issues; page++) {
            try (OutputStream out = Files.newOutputStream(dir.resolve("issues-" + (page + 1) + ".json"));
                    JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartObject();
                json.writeNumberField("startAt", page * PAGE);
                json.writeNumberField("maxResults", PAGE);
                json.writeNumberField("total", issues);
                json.writeArrayFieldStart("issues");
                for (int i = page * PAGE; i < Math.min(issues, (page + 1) * PAGE); i++) {
                    new SyntheticIssue(i, sprintOf(i, issues), random).write(json);
                }
                json.writeEndArray();
                json.writeObjectFieldStart("names");
                json.writeStringField("customfield_10002", "Story Points");
                json.writeStringField("customfield_10005", "Sprint");
                json.writeStringField("customfield_10000", "Flagged");
                json.writeStringField("customfield_10004", "Rank");
                json.writeEndObject();
                json.writeEndObject();
            }
        }
    }

    static int sprintOf(int issue, int issues) {
        return 1 + (int) ((long) issue * SPRINTS / issues);
    }

    static Instant sprintStart(int sprint) {
        return FIRST_SPRINT.plus(Duration.ofDays(14L * (sprint - 1)));
    }

    static String time(Instant instant) {
        return JIRA.format(instant);
    }

    static String[] status(int step) {
        return FLOW[step];
    }

    private static void writeSprints(Path dir) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(Files.newOutputStream(dir.resolve("sprints.json")))) {
            json.writeStartObject();
            json.writeBooleanField("isLast", true);
            json.writeArrayFieldStart("values");
            for (int s = 1; s <= SPRINTS; s++) {
                Instant start = sprintStart(s);
                json.writeStartObject();
                json.writeNumberField("id", s);
                json.writeStringField("state", s == SPRINTS ? "active" : "closed");
                json.writeStringField("name", "Sprint " + s);
                json.writeStringField("startDate", start.toString());
                json.writeStringField("activatedDate", start.toString());
                json.writeStringField(
                        "endDate", start.plus(Duration.ofDays(11).plusHours(8)).toString());
                if (s < SPRINTS) {
                    json.writeStringField(
                            "completeDate",
                            start.plus(Duration.ofDays(11).plusHours(7)).toString());
                }
                json.writeNumberField("originBoardId", 7);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
