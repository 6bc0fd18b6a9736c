package io.phasegate.standalone.serve;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the bundled sample board of {@code phasegate serve} as {@code phasegate export} saves a
 * Jira Data Center board: three closed sprints, an active one and a planned one, stories, bugs,
 * tasks and sub-tasks with changelogs, some unestimated, some with acceptance criteria (or a
 * placeholder), some with linked tests. Seeded, so the same arguments always give the same bytes.
 *
 * <p>Run {@code main} to rewrite {@code src/main/resources/sample-data/}; {@code
 * SampleDataTest} fails when the committed files and the generator disagree.
 */
public final class SampleBoardGenerator {
    static final Instant FIRST_START = Instant.parse("2026-01-05T09:00:00Z");
    static final int PAGE = 50;
    static final String JIRA = "https://jira.example.com";
    static final String POINTS = "customfield_10002";
    static final String SPRINT = "customfield_10005";
    static final String[][] PEOPLE = {{"ann", "Ann Lee"}, {"bo", "Bo Berg"}, {"cy", "Cy Diaz"}, {"dee", "Dee Ito"}};
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultIndenter INDENT = new DefaultIndenter(" ", "\n");
    private static final ObjectWriter WRITER =
            MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(INDENT).withArrayIndenter(INDENT));

    final Random random;
    final int perClosedSprint;
    final int activeIssues;
    final List<SampleIssue> issues = new ArrayList<>();

    SampleBoardGenerator(long seed, int perClosedSprint, int activeIssues) {
        this.random = new Random(seed);
        this.perClosedSprint = perClosedSprint;
        this.activeIssues = activeIssues;
    }

    /** The bundled sample: about 100 issues. */
    static SampleBoardGenerator sample() {
        return new SampleBoardGenerator(20260105L, 16, 20);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "standalone/src/main/resources/sample-data");
        int active = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        SampleBoardGenerator generator = active == 20 ? sample() : new SampleBoardGenerator(20260105L, 16, active);
        generator.write(dir);
    }

    /** The export's files by name, as UTF-8 text. */
    Map<String, String> files() {
        new SampleSimulation(this).run();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("board-configuration.json", text(SampleDocuments.boardConfiguration()));
        files.put("sprints.json", text(SampleDocuments.sprints()));
        files.put("statuses.json", text(SampleDocuments.statuses()));
        files.put("fields.json", text(SampleDocuments.fields()));
        for (int start = 0, page = 1; start < issues.size(); start += PAGE, page++) {
            List<SampleIssue> slice = issues.subList(start, Math.min(issues.size(), start + PAGE));
            files.put(SampleData.pageName(page), text(page(start, slice)));
        }
        return files;
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private ObjectNode page(int start, List<SampleIssue> slice) {
        ObjectNode page = MAPPER.createObjectNode();
        page.put("expand", "schema,names");
        page.put("startAt", start);
        page.put("maxResults", PAGE);
        page.put("total", issues.size());
        ArrayNode array = page.putArray("issues");
        slice.forEach(issue -> array.add(issue.toJson()));
        page.set("names", SampleDocuments.names());
        return page;
    }

    static String text(Object tree) {
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
