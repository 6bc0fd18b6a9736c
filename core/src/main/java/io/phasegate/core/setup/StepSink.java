package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Numbers steps as they are planned and turns "absent" into CREATE or MANUAL by what the adapter automates. */
final class StepSink {
    private final List<SetupStep> steps = new ArrayList<>();
    private final Set<StepKind> automated;

    StepSink(Set<StepKind> automated) {
        this.automated = automated;
    }

    SetupStep step(
            StepKind kind,
            String subject,
            String name,
            StepAction action,
            Optional<String> id,
            SetupMessage why,
            List<String> values,
            List<String> needs) {
        return new SetupStep(steps.size() + 1, kind, subject, name, action, id, why, values, needs);
    }

    /** A step for something missing: CREATE when the adapter automates {@code kind}, else MANUAL. */
    /** A step for something Jira already has, with its Jira id. */
    SetupStep present(StepKind kind, String subject, String name, String id, List<String> needs) {
        return step(
                kind,
                subject,
                name,
                StepAction.ALREADY_PRESENT,
                Optional.of(id),
                SetupMessage.of("reason.present", id),
                List.of(),
                needs);
    }

    SetupStep absent(StepKind kind, String subject, String name, List<String> needs) {
        return absentWithValues(kind, subject, name, List.of(), needs.toArray(String[]::new));
    }

    SetupStep absentWithValues(StepKind kind, String subject, String name, List<String> values, String... needs) {
        boolean auto = automated.contains(kind);
        SetupMessage why = auto
                ? SetupMessage.of("reason.absent")
                : SetupMessage.of(
                        "manual."
                                + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        name);
        return step(
                kind,
                subject,
                name,
                auto ? StepAction.CREATE : StepAction.MANUAL,
                Optional.empty(),
                why,
                values,
                List.of(needs));
    }

    /** Whether the adapter carries out steps of {@code kind} itself. */
    boolean automates(StepKind kind) {
        return automated.contains(kind);
    }

    void add(SetupStep step) {
        steps.add(step);
    }

    List<SetupStep> steps() {
        return List.copyOf(steps);
    }
}
