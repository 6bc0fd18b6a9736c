package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One planned step.
 *
 * @param number position in the plan, from 1
 * @param kind what it is about
 * @param subject the blueprint key of the thing (issue type, field, status, screen, ... key)
 * @param name the thing's name in Jira
 * @param action what will happen
 * @param existingId the id of what is reused or already present
 * @param reason why, for the preview
 * @param values extra values: the options a {@link StepKind#FIELD_OPTIONS} step adds
 * @param needs subjects (same kind prefix, see {@link #ref(StepKind, String)}) that must exist first
 */
public record SetupStep(
        int number,
        StepKind kind,
        String subject,
        String name,
        StepAction action,
        Optional<String> existingId,
        SetupMessage reason,
        List<String> values,
        List<String> needs) {
    public SetupStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(existingId, "existingId");
        Objects.requireNonNull(reason, "reason");
        values = List.copyOf(values);
        needs = List.copyOf(needs);
    }

    /** The reference other steps use in {@link #needs()} for the thing this step is about. */
    public String ref() {
        return ref(kind, subject);
    }

    /** The reference of the thing {@code subject} of {@code kind}. */
    public static String ref(StepKind kind, String subject) {
        return kind.name() + ":" + subject;
    }
}
