package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides, for each blueprint field, whether to create it, reuse an existing equivalent, or stop
 * for the administrator; and which select options are missing.
 */
final class FieldPlanner {
    private final StepSink sink;

    FieldPlanner(StepSink sink) {
        this.sink = sink;
    }

    void plan(FieldSpec spec, List<ExistingField> existing) {
        Optional<SetupStep> decided = decide(spec, existing);
        SetupStep step = decided.orElseGet(() -> sink.absent(StepKind.FIELD, spec.key(), spec.name(), List.of()));
        sink.add(step);
        if (!spec.options().isEmpty()) {
            options(spec, step, existing);
        }
    }

    private Optional<SetupStep> decide(FieldSpec spec, List<ExistingField> existing) {
        for (String name : spec.acceptedNames()) {
            List<ExistingField> named = existing.stream()
                    .filter(f -> Inventory.sameName(name, f.name()))
                    .toList();
            List<ExistingField> usable = named.stream()
                    .filter(f -> spec.compatibleKinds().contains(f.kind()))
                    .toList();
            boolean ownName = name.equals(spec.name());
            if (usable.size() > 1) {
                String ids = usable.stream().map(ExistingField::id).collect(Collectors.joining(", "));
                return Optional.of(step(
                        spec,
                        StepAction.CONFLICT,
                        Optional.empty(),
                        SetupMessage.of("reason.field-ambiguous", name, ids)));
            }
            if (usable.size() == 1) {
                return Optional.of(found(spec, usable.get(0), ownName));
            }
            if (ownName && !named.isEmpty()) {
                ExistingField other = named.get(0);
                return Optional.of(step(
                        spec,
                        StepAction.CONFLICT,
                        Optional.empty(),
                        SetupMessage.of("reason.field-incompatible", other.name(), other.id(), other.typeName())));
            }
        }
        return Optional.empty();
    }

    private SetupStep found(FieldSpec spec, ExistingField field, boolean ownName) {
        Optional<String> id = Optional.of(field.id());
        if (ownName && field.kind() == spec.kind()) {
            return step(spec, StepAction.ALREADY_PRESENT, id, SetupMessage.of("reason.present", field.id()));
        }
        SetupMessage why = ownName
                ? SetupMessage.of("reason.field-compatible", field.name(), field.id(), field.typeName())
                : SetupMessage.of("reason.field-equivalent", field.name(), field.id());
        return step(spec, StepAction.REUSE, id, why);
    }

    private void options(FieldSpec spec, SetupStep field, List<ExistingField> existing) {
        String name = spec.name();
        String subject = spec.key();
        switch (field.action()) {
            case CREATE -> sink.add(
                    sink.absentWithValues(StepKind.FIELD_OPTIONS, subject, name, spec.options(), field.ref()));
            case REUSE, ALREADY_PRESENT -> {
                List<String> have = existing.stream()
                        .filter(f -> f.id().equals(field.existingId().orElseThrow()))
                        .flatMap(f -> f.options().stream())
                        .toList();
                List<String> missing = new ArrayList<>();
                for (String option : spec.options()) {
                    if (have.stream().noneMatch(h -> Inventory.sameName(option, h))) {
                        missing.add(option);
                    }
                }
                sink.add(
                        missing.isEmpty()
                                ? sink.step(
                                        StepKind.FIELD_OPTIONS,
                                        subject,
                                        name,
                                        StepAction.ALREADY_PRESENT,
                                        field.existingId(),
                                        SetupMessage.of("reason.options-present"),
                                        List.of(),
                                        List.of())
                                : sink.absentWithValues(StepKind.FIELD_OPTIONS, subject, name, missing, field.ref()));
            }
            default -> {
                // The field itself needs the administrator; its options are planned once it is settled.
            }
        }
    }

    private SetupStep step(FieldSpec spec, StepAction action, Optional<String> id, SetupMessage why) {
        return sink.step(StepKind.FIELD, spec.key(), spec.name(), action, id, why, List.of(), List.of());
    }
}
