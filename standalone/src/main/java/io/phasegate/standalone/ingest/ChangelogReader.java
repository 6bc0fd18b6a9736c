package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.phasegate.core.issue.StatusCategory;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams an issue's {@code changelog} object: keeps the items of the fields sprint health replays
 * (status, resolution, assignee, Sprint, Flagged and the estimation field candidates) and counts
 * the histories so that a truncated changelog can be reported.
 *
 * <p>Every history of every issue passes through here, so the text is read from the parser's
 * buffer: field names are recognised and values shared through the {@link StringPool} without a
 * new string each, and times are read without one.
 */
final class ChangelogReader {
    /** Stands for any field name that is neither replayed nor an estimate candidate. */
    private static final String OTHER_FIELD = "\u0000other field";

    private static final List<String> REPLAYED = List.of("status", "resolution", "assignee", "Sprint", "Flagged");

    private final Set<String> estimateFields;
    private final String[] knownFields;
    private final char[][] knownCharacters;
    private final StatusCatalogue statuses;
    private final StringPool pool;
    // The current history's relevant items (field, fieldId, from, fromString, to, toString), kept
    // until its time is known; reused from history to history.
    private String[][] items = new String[4][6];
    private RawChange.Kind[] kinds = new RawChange.Kind[4];
    private int itemCount;

    /** @param estimateFields display names and field ids that may name the estimation field in an item */
    ChangelogReader(Set<String> estimateFields, StatusCatalogue statuses, StringPool pool) {
        this.estimateFields = Set.copyOf(estimateFields);
        Set<String> known = new LinkedHashSet<>(REPLAYED);
        known.addAll(estimateFields);
        this.knownFields = known.toArray(String[]::new);
        this.knownCharacters = known.stream().map(String::toCharArray).toArray(char[][]::new);
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
        Instant at = null;
        String created = null; // the text, kept only when it is not a time
        itemCount = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("created".equals(name) && value == JsonToken.VALUE_STRING) {
                at = JiraTime.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
                        .orElse(null);
                created = at == null ? parser.getText() : null;
            } else if ("items".equals(name) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    RawChange.Kind kind = item(parser, nextItem());
                    if (kind != null) {
                        kinds[itemCount++] = kind;
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        if (itemCount == 0) {
            return;
        }
        if (at == null) {
            issue.note(issue.pointer() + "/changelog/histories/" + index + "/created is \"" + created
                    + "\", not a time; " + itemCount + " changelog item(s) ignored");
            return;
        }
        for (int i = 0; i < itemCount; i++) {
            keep(at, kinds[i], items[i], issue);
        }
    }

    private String[] nextItem() {
        if (itemCount == items.length) {
            items = Arrays.copyOf(items, itemCount * 2);
            kinds = Arrays.copyOf(kinds, itemCount * 2);
            for (int i = itemCount; i < items.length; i++) {
                items[i] = new String[6];
            }
        }
        String[] item = items[itemCount];
        Arrays.fill(item, null);
        return item;
    }

    // Fills field, fieldId, from, fromString, to, toString; the kind when the item is one to keep,
    // else null. Jira writes field and fieldId first: once they say the item is irrelevant (most
    // items are), its values are passed over without being decoded.
    private RawChange.Kind item(JsonParser parser, String[] item) throws IOException {
        RawChange.Kind kind = null; // always kind(item): it changes only with field and fieldId
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
                relevant = kind != null;
            }
            if (slot >= 0 && !relevant) {
                parser.skipChildren();
            } else if (slot >= 0
                    && (value == JsonToken.VALUE_STRING
                            || value == JsonToken.VALUE_NUMBER_INT
                            || value == JsonToken.VALUE_NUMBER_FLOAT)) {
                item[slot] = slot == 0 ? knownField(parser) : pool.of(parser);
                if (slot <= 1) {
                    kind = kind(item);
                }
            } else {
                parser.skipChildren();
            }
        }
        return kind;
    }

    /** The known field name the parser's text spells, or {@link #OTHER_FIELD}; no string is made. */
    private String knownField(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        for (int i = 0; i < knownFields.length; i++) {
            if (StringPool.sameText(knownCharacters[i], chars, offset, length)) {
                return knownFields[i];
            }
        }
        return OTHER_FIELD;
    }

    private void keep(Instant at, RawChange.Kind kind, String[] item, RawIssue issue) {
        long second = at.getEpochSecond();
        int nano = at.getNano();
        if (kind == RawChange.Kind.STATUS) {
            statuses.learn(item[2], item[3], StatusCategory.UNKNOWN, StatusCatalogue.Source.CHANGELOG);
            statuses.learn(item[4], item[5], StatusCategory.UNKNOWN, StatusCatalogue.Source.CHANGELOG);
            // The converter names statuses by id; the names are kept only for ids nothing else names.
            String from = statuses.shared(item[2]);
            String to = statuses.shared(item[4]);
            issue.keep(new RawChange(
                    second,
                    nano,
                    kind,
                    null,
                    from,
                    from != null && statuses.knows(from) ? null : item[3],
                    to,
                    to != null && statuses.knows(to) ? null : item[5]));
            return;
        }
        String field = kind == RawChange.Kind.ESTIMATE ? (item[1] != null ? item[1] : item[0]) : null;
        issue.keep(new RawChange(second, nano, kind, field, item[2], item[3], item[4], item[5]));
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
