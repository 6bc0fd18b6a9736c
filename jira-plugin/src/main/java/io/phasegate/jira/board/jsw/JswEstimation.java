package io.phasegate.jira.board.jsw;

import com.atlassian.greenhopper.model.rapid.EstimationConfig;
import com.atlassian.jira.issue.fields.Field;
import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.message.MessageKey;
import java.util.List;

/**
 * What a board estimates with, as Phasegate reads it: a custom number field (its values and its
 * changelog items, named by the field's name), one per issue ("issue count", with or without
 * sub-tasks), or nothing.
 *
 * @param field the estimation field as the answers name it ({@code issueCount}, {@code none} when there
 *     is no field)
 * @param changelogName the name changelog items of the field carry; null when estimates never change
 */
record JswEstimation(Kind kind, FieldRef field, String changelogName) {
    static final FieldRef ISSUE_COUNT = FieldRef.of("issueCount");
    static final FieldRef NONE = FieldRef.of("none");

    enum Kind {
        FIELD,
        ISSUE_COUNT,
        ISSUE_COUNT_EXCEPT_SUBTASKS,
        NONE
    }

    static JswEstimation of(EstimationConfig config, List<BoardWarning> warnings) {
        if (config == null || config.getType() == null) {
            return new JswEstimation(Kind.NONE, NONE, null);
        }
        return switch (config.getType()) {
            case NONE -> new JswEstimation(Kind.NONE, NONE, null);
            case ISSUE_COUNT -> new JswEstimation(Kind.ISSUE_COUNT, ISSUE_COUNT, null);
            case ISSUE_COUNT_EXCL_SUBS -> new JswEstimation(Kind.ISSUE_COUNT_EXCEPT_SUBTASKS, ISSUE_COUNT, null);
            case JIRA_FIELD -> field(config.getField(), warnings);
        };
    }

    private static JswEstimation field(Field field, List<BoardWarning> warnings) {
        if (field == null || field.getId() == null) {
            warnings.add(BoardWarning.of(null, MessageKey.WARNING_ESTIMATION_FIELD_GONE));
            return new JswEstimation(Kind.NONE, NONE, null);
        }
        FieldRef ref = FieldRef.of(field.getId());
        if (!ref.isCustom()) {
            warnings.add(BoardWarning.of(
                    null, MessageKey.WARNING_ESTIMATION_NOT_CUSTOM, String.valueOf(field.getName()), field.getId()));
            return new JswEstimation(Kind.NONE, ref, null);
        }
        return new JswEstimation(Kind.FIELD, ref, field.getName());
    }

    /** The estimate of an issue that is not estimated by a field. */
    java.math.BigDecimal countFor(boolean subtask) {
        return switch (kind) {
            case ISSUE_COUNT -> java.math.BigDecimal.ONE;
            case ISSUE_COUNT_EXCEPT_SUBTASKS -> subtask ? null : java.math.BigDecimal.ONE;
            default -> null;
        };
    }
}
