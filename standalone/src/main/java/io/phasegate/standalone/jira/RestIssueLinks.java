package io.phasegate.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code fields.issuelinks}. Jira puts the other issue under {@code outwardIssue} when the
 * evaluated issue is the link's source (read with the type's outward phrase) and under {@code
 * inwardIssue} when it is the destination (inward phrase). Unreadable links are skipped with a
 * warning.
 */
final class RestIssueLinks {
    private static final String POINTER = "/fields/issuelinks";

    private RestIssueLinks() {}

    static List<IssueLinkSnapshot> read(JsonNode issueLinks, Warnings warnings) {
        List<IssueLinkSnapshot> links = new ArrayList<>();
        if (!issueLinks.isArray()) {
            if (!issueLinks.isMissingNode() && !issueLinks.isNull()) {
                warnings.add(POINTER, "is " + RestIssueShape.kind(issueLinks) + ", not an array; links are ignored");
            }
            return links;
        }
        for (int i = 0; i < issueLinks.size(); i++) {
            link(issueLinks.get(i), POINTER + "/" + i, warnings).ifPresent(links::add);
        }
        return links;
    }

    private static Optional<IssueLinkSnapshot> link(JsonNode link, String pointer, Warnings warnings) {
        JsonNode type = link.path("type");
        String typeName = text(type, "name", IssueFacts.UNKNOWN);
        if (typeName.equals(IssueFacts.UNKNOWN)) {
            warnings.add(
                    pointer + "/type/name", "is missing; the link type is taken as \"" + IssueFacts.UNKNOWN + "\"");
        }
        Direction direction;
        if (link.path("outwardIssue").isObject()) {
            direction = Direction.OUTWARD;
        } else if (link.path("inwardIssue").isObject()) {
            direction = Direction.INWARD;
        } else {
            warnings.add(pointer, "has neither outwardIssue nor inwardIssue; the link is skipped");
            return Optional.empty();
        }
        String end = direction == Direction.OUTWARD ? "outwardIssue" : "inwardIssue";
        String phrase = text(type, direction == Direction.OUTWARD ? "outward" : "inward", typeName);
        return other(link.get(end), pointer + "/" + end, warnings)
                .map(other -> new IssueLinkSnapshot(typeName, phrase, direction, other.asRef()));
    }

    private static Optional<IssueFacts> other(JsonNode issue, String pointer, Warnings warnings) {
        Optional<IssueKey> key = RestIssueShape.parseKey(issue.path("key"));
        if (key.isEmpty()) {
            warnings.add(pointer + "/key", RestIssueShape.notAKey(issue) + "; the link is skipped");
            return Optional.empty();
        }
        return Optional.of(IssueFacts.read(key.get(), issue.path("fields"), pointer + "/fields", false, warnings));
    }

    private static String text(JsonNode object, String name, String fallback) {
        JsonNode value = object.path(name);
        return value.isTextual() && !value.textValue().isBlank() ? value.textValue() : fallback;
    }
}
