package io.phasegate.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A board's sprints: every page of the sprint list merged into one, and the JQL for the last N. */
final class BoardSprints {
    private static final int PAGE = 50;

    private BoardSprints() {}

    /**
     * All pages of {@code /rest/agile/1.0/board/{id}/sprint} as one page with {@code isLast: true};
     * each sprint object stays exactly as Jira returned it.
     */
    static ObjectNode fetch(JiraApi api, long board, ExportProgress progress) {
        ArrayNode values = ExportJson.MAPPER.createArrayNode();
        int pages = 0;
        for (int startAt = 0; ; ) {
            JsonNode page = api.get(
                            "/rest/agile/1.0/board/" + board + "/sprint?startAt=" + startAt + "&maxResults=" + PAGE)
                    .json();
            JsonNode pageValues = page.path("values");
            pageValues.forEach(values::add);
            pages++;
            startAt += pageValues.size();
            boolean last = page.path("isLast").asBoolean(pageValues.isEmpty()) || pageValues.isEmpty();
            if (last) {
                // The sprint resource tells no total, so there is nothing to show before the end.
                progress.fetched("sprints", pages, values.size(), values.size());
                break;
            }
        }
        ObjectNode merged = ExportJson.MAPPER.createObjectNode();
        merged.put("maxResults", values.size());
        merged.put("startAt", 0);
        merged.put("isLast", true);
        merged.set("values", values);
        return merged;
    }

    /**
     * {@code sprint in (…)} over the {@code n} most recently started sprints (active or closed;
     * future sprints have not started), or empty when no sprint has started.
     */
    static Optional<String> lastSprintsJql(JsonNode sprints, int n) {
        List<JsonNode> started = new ArrayList<>();
        sprints.path("values").forEach(sprint -> {
            if (!"future".equalsIgnoreCase(sprint.path("state").asText())) {
                started.add(sprint);
            }
        });
        // ISO-8601 start dates from one Jira share a format; ties and gaps fall back to the id.
        started.sort(Comparator.comparing((JsonNode s) -> s.path("startDate").asText(""))
                .thenComparingLong(s -> s.path("id").asLong()));
        List<JsonNode> last = started.subList(Math.max(0, started.size() - n), started.size());
        if (last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                last.stream().map(s -> s.path("id").asText()).collect(Collectors.joining(",", "sprint in (", ")")));
    }

    static int count(JsonNode sprints) {
        return sprints.path("values").size();
    }
}
