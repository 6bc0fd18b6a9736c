package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.phasegate.core.issue.StatusCategory;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Streams an issue's {@code changelog} object: keeps the items of the fields sprint health replays
 * (status, resolution, assignee, Sprint, Flagged and the estimation field candidates) and counts
 * the histories so that a truncated changelog can be reported.
 */
final class ChangelogReader {
    private final Set<String> estimateFields;
    private final StatusCatalogue statuses;
    private final StringPool pool;

    /** @param estimateFields display names and field ids that may name the estimation field in an item */
    ChangelogReader(Set<String> estimateFields, StatusCatalogue statuses, StringPool pool) {
        this.estimateFields = Set.copyOf(estimateFields);
        this.statuses = statuses;
        this.pool = pool;
    }

    void read(JsonParser parser, RawIssue issue) throws IOException {
        issue.hasChangelog = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("histories".equals(name) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    history(parser, issue);
                }
            } else if ("total".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                issue.changelogTotal = parser.getIntValue();
            } else if ("maxResults".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                issue.changelogMaxResults = parser.getIntValue();
            } else {
                parser.skipChildren();
            }
        }
    }

    private void history(JsonParser parser, RawIssue issue) throws IOException {
        int index = issue.histories++;
        String created = null;
        List<String[]> items = new ArrayList<>(2);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("created".equals(name) && value == JsonToken.VALUE_STRING) {
                created = parser.getText();
            } else if ("items".equals(name) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    String[] item = item(parser);
                    if (item != null) {
                        items.add(item);
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        if (items.isEmpty()) {
            return;
        }
        Instant at = JiraTime.parse(created).orElse(null);
        if (at == null) {
            issue.note(issue.pointer + "/changelog/histories/" + index + "/created is \"" + created + "\", not a time; "
                    + items.size() + " changelog item(s) ignored");
            return;
        }
        for (String[] item : items) {
            keep(at, item, issue);
        }
    }

    // field, fieldId, from, fromString, to, toString. Jira writes field and fieldId first: once they
    // say the item is irrelevant (most items are), its values are passed over without being decoded.
    private String[] item(JsonParser parser) throws IOException {
        String[] item = new String[6];
        boolean relevant = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int slot =
                    switch (name) {
                        case "field" -> 0;
                        case "fieldId" -> 1;
                        case "from" -> 2;
                        case "fromString" -> 3;
                        case "to" -> 4;
                        case "toString" -> 5;
                        default -> -1;
                    };
            if (slot >= 2 && relevant && item[0] != null) {
                relevant = kind(item) != null;
            }
            if (slot >= 0 && !relevant) {
                parser.skipChildren();
            } else if (slot >= 0 && value == JsonToken.VALUE_STRING) {
                item[slot] = parser.getText();
            } else if (slot >= 0 && (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT)) {
                item[slot] = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return kind(item) == null ? null : item;
    }

    private void keep(Instant at, String[] item, RawIssue issue) {
        RawChange.Kind kind = kind(item);
        if (kind == RawChange.Kind.STATUS) {
            statuses.learn(item[2], item[3], StatusCategory.UNKNOWN, StatusCatalogue.Source.CHANGELOG);
            statuses.learn(item[4], item[5], StatusCategory.UNKNOWN, StatusCatalogue.Source.CHANGELOG);
        }
        if (kind == RawChange.Kind.STATUS) {
            // The converter names statuses by id; the names are kept only for ids nothing else names.
            String from = statuses.shared(item[2]);
            String to = statuses.shared(item[4]);
            issue.keep(new RawChange(
                    at.getEpochSecond(),
                    at.getNano(),
                    kind,
                    null,
                    from,
                    from != null && statuses.knows(from) ? null : item[3],
                    to,
                    to != null && statuses.knows(to) ? null : item[5]));
            return;
        }
        String field = kind == RawChange.Kind.ESTIMATE ? pool.of(item[1] != null ? item[1] : item[0]) : null;
        issue.keep(new RawChange(
                at.getEpochSecond(),
                at.getNano(),
                kind,
                field,
                pool.of(item[2]),
                pool.of(item[3]),
                pool.of(item[4]),
                pool.of(item[5])));
    }

    private RawChange.Kind kind(String[] item) {
        String field = item[0];
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "status" -> RawChange.Kind.STATUS;
            case "resolution" -> RawChange.Kind.RESOLUTION;
            case "assignee" -> RawChange.Kind.ASSIGNEE;
            case "Sprint" -> RawChange.Kind.SPRINT;
            case "Flagged" -> RawChange.Kind.FLAG;
            default -> estimateFields.contains(field) || item[1] != null && estimateFields.contains(item[1])
                    ? RawChange.Kind.ESTIMATE
                    : null;
        };
    }
}
