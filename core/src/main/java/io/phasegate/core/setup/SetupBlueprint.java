package io.phasegate.core.setup;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Everything Phasegate sets up, declared as values: issue types, fields, statuses, screens, screen
 * schemes and the phase workflow. {@link PhasegateBlueprint#standard()} is the one the product
 * uses; the planner and executor work on any blueprint.
 */
public record SetupBlueprint(
        List<IssueTypeSpec> issueTypes,
        List<FieldSpec> fields,
        List<StatusSpec> statuses,
        List<ScreenSpec> screens,
        List<ScreenSchemeSpec> screenSchemes,
        WorkflowSpec workflow) {
    public SetupBlueprint {
        issueTypes = List.copyOf(issueTypes);
        fields = List.copyOf(fields);
        statuses = List.copyOf(statuses);
        screens = List.copyOf(screens);
        screenSchemes = List.copyOf(screenSchemes);
        Objects.requireNonNull(workflow, "workflow");
    }

    /** The field with {@code key}. */
    public FieldSpec field(String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no field " + key));
    }

    /** The status with {@code key}. */
    public StatusSpec status(String key) {
        return statuses.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no status " + key));
    }

    /** The screen with {@code key}. */
    public ScreenSpec screen(String key) {
        return screens.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no screen " + key));
    }
}
