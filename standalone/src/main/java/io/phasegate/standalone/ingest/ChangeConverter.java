package io.phasegate.standalone.ingest;

import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.sprint.AssigneeChange;
import io.phasegate.core.sprint.ChangelogText;
import io.phasegate.core.sprint.EstimateChange;
import io.phasegate.core.sprint.FlagChange;
import io.phasegate.core.sprint.IssueChange;
import io.phasegate.core.sprint.ResolutionChange;
import io.phasegate.core.sprint.SprintChange;
import io.phasegate.core.sprint.StatusChange;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns kept changelog items into the engine's {@link IssueChange}s: status ids to current status
 * names, sprint id lists (or, from old data, sprint names) to ids, estimate text to numbers. An
 * item that cannot be read is dropped with a note; it never stops the run.
 */
final class ChangeConverter {
    private final FieldChoice fields;
    private final StatusCatalogue statuses;
    private final Map<String, Long> sprintIdsByName;

    ChangeConverter(FieldChoice fields, StatusCatalogue statuses, Map<String, Long> sprintIdsByName) {
        this.fields = fields;
        this.statuses = statuses;
        this.sprintIdsByName = sprintIdsByName;
    }

    /** The change, or null when the item is not one sprint health uses or cannot be read. */
    IssueChange convert(RawChange item, Consumer<Message> notes) {
        return switch (item.kind()) {
            case STATUS -> status(item, notes);
            case RESOLUTION -> new ResolutionChange(
                    item.at(), blankToNull(item.fromText()), blankToNull(item.toText()));
            case ASSIGNEE -> new AssigneeChange(item.at(), blankToNull(item.fromText()), blankToNull(item.toText()));
            case FLAG -> new FlagChange(
                    item.at(), blankToNull(item.fromText()) != null, blankToNull(item.toText()) != null);
            case SPRINT -> sprint(item, notes);
            case ESTIMATE -> fields.estimateNames().contains(item.field()) ? estimate(item, notes) : null;
        };
    }

    private StatusChange status(RawChange item, Consumer<Message> notes) {
        String from = statuses.name(item.from(), item.fromText());
        String to = statuses.name(item.to(), item.toText());
        if (from == null || to == null) {
            notes.accept(Message.of(
                    MessageKey.WARNING_CHANGELOG_STATUS_UNNAMED, item.at().toString()));
            return null;
        }
        return new StatusChange(item.at(), from, to);
    }

    private SprintChange sprint(RawChange item, Consumer<Message> notes) {
        Set<Long> from = sprintIds(item.from(), item.fromText(), item, notes);
        Set<Long> to = sprintIds(item.to(), item.toText(), item, notes);
        return from == null || to == null ? null : new SprintChange(item.at(), from, to);
    }

    private Set<Long> sprintIds(String ids, String names, RawChange item, Consumer<Message> notes) {
        List<Long> parsed = SprintRef.parseIdList(ids);
        if (parsed != null && (!parsed.isEmpty() || names == null || names.isBlank())) {
            return parsed.size() == 1 ? Set.of(parsed.get(0)) : Set.copyOf(parsed);
        }
        // Old data: no ids, only names. Names with commas cannot be told apart; unknown ones are dropped.
        Set<Long> found = new HashSet<>();
        for (String name : names.split(",")) {
            Long id = sprintIdsByName.get(name.strip());
            if (id == null) {
                notes.accept(Message.of(
                        MessageKey.WARNING_CHANGELOG_SPRINT_UNKNOWN_NAME,
                        item.at().toString(),
                        name.strip()));
            } else {
                found.add(id);
            }
        }
        return found;
    }

    private static EstimateChange estimate(RawChange item, Consumer<Message> notes) {
        try {
            return new EstimateChange(
                    item.at(), ChangelogText.estimate(item.fromText()), ChangelogText.estimate(item.toText()));
        } catch (NumberFormatException e) {
            notes.accept(Message.of(
                    MessageKey.WARNING_CHANGELOG_ESTIMATE_NOT_NUMBER,
                    item.at().toString(),
                    String.valueOf(item.fromText()),
                    String.valueOf(item.toText())));
            return null;
        }
    }

    /** See {@link ChangelogText#plain}. */
    static BigDecimal plain(BigDecimal estimate) {
        if (estimate == null || estimate.scale() == 0) {
            return estimate; // an integer is already plain
        }
        return ChangelogText.plain(estimate);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
