package io.phasegate.jira.admin;

import io.phasegate.core.setup.SetupMessage;
import io.phasegate.core.setup.SetupStep;
import io.phasegate.core.setup.StepAction;
import io.phasegate.core.setup.StepOutcome;
import io.phasegate.jira.i18n.JiraMessages;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Table rows for the set-up page: one per planned step (preview) or per step outcome (after
 * applying), with texts in the administrator's language and the AUI lozenge of each action or
 * result. Rows are plain maps with every key present, as the strict templates need.
 */
final class SetupRows {
    private static final Map<StepAction, String> ACTION_LOZENGES = new EnumMap<>(Map.of(
            StepAction.CREATE, "aui-lozenge-complete",
            StepAction.REUSE, "aui-lozenge-success",
            StepAction.ALREADY_PRESENT, "aui-lozenge-success",
            StepAction.CONFLICT, "aui-lozenge-error",
            StepAction.MANUAL, "aui-lozenge-current"));
    private static final Map<StepOutcome.Result, String> RESULT_LOZENGES = new EnumMap<>(Map.of(
            StepOutcome.Result.DONE, "aui-lozenge-success",
            StepOutcome.Result.UNCHANGED, "aui-lozenge-subtle",
            StepOutcome.Result.NEEDS_ADMIN, "aui-lozenge-current",
            StepOutcome.Result.FAILED, "aui-lozenge-error",
            StepOutcome.Result.NOT_ATTEMPTED, "aui-lozenge-moved"));

    private final JiraMessages messages;

    SetupRows(JiraMessages messages) {
        this.messages = messages;
    }

    /** The preview row of a planned step. */
    Map<String, Object> planned(SetupStep step) {
        Map<String, Object> row = common(step);
        row.put("action", messages.text("phasegate.admin.action." + slug(step.action())));
        row.put("lozenge", ACTION_LOZENGES.get(step.action()));
        row.put("reason", text(step.reason()));
        row.put("values", String.join(", ", step.values()));
        return row;
    }

    /** The result row of a step after applying. */
    Map<String, Object> outcome(StepOutcome outcome) {
        Map<String, Object> row = common(outcome.step());
        row.put("result", messages.text("phasegate.admin.result." + slug(outcome.result())));
        row.put("lozenge", RESULT_LOZENGES.get(outcome.result()));
        row.put("detail", outcome.detail().map(this::text).orElse(""));
        row.put("id", outcome.id().orElse(""));
        row.put("failed", outcome.result() == StepOutcome.Result.FAILED);
        return row;
    }

    /** A core set-up message ({@code phasegate.setup.} + key) in the administrator's language. */
    String text(SetupMessage message) {
        return messages.textAsGiven(
                "phasegate.setup." + message.key(), message.args().toArray());
    }

    /** How many rows of each kind, e.g. "Create: 9", in the order the lozenges are listed. */
    List<Map<String, Object>> counts(Map<? extends Enum<?>, Long> counts, String prefix, Map<?, String> lozenges) {
        return counts.entrySet().stream()
                .map(e -> Map.<String, Object>of(
                        "label", messages.text(prefix + slug(e.getKey())),
                        "count", e.getValue(),
                        "lozenge", lozenges.get(e.getKey())))
                .toList();
    }

    static Map<StepAction, String> actionLozenges() {
        return ACTION_LOZENGES;
    }

    static Map<StepOutcome.Result, String> resultLozenges() {
        return RESULT_LOZENGES;
    }

    private Map<String, Object> common(SetupStep step) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", step.number());
        row.put("kind", messages.text("phasegate.admin.kind." + slug(step.kind())));
        row.put("name", step.name());
        return row;
    }

    /** {@code ALREADY_PRESENT} → {@code already-present}, the i18n key form. */
    static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
