package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a plan through a {@link SetupPort}: runs the CREATE steps in order, records the ids of
 * everything reused or present, stops at the first failure and reports every step. A later run
 * plans again from the instance, so it picks up exactly where this one stopped.
 */
public final class SetupExecutor {
    private final SetupBlueprint blueprint;
    private final SetupPort port;

    public SetupExecutor(SetupBlueprint blueprint, SetupPort port) {
        this.blueprint = Objects.requireNonNull(blueprint, "blueprint");
        this.port = Objects.requireNonNull(port, "port");
    }

    /** Applies {@code plan}. */
    public SetupReport apply(SetupPlan plan) {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        List<StepOutcome> outcomes = new ArrayList<>();
        boolean stopped = false;
        for (SetupStep step : plan.steps()) {
            names.put(step.ref(), step.name());
            StepOutcome outcome =
                    stopped ? skipped(step, SetupMessage.of("outcome.after-failure")) : run(plan, step, ids, names);
            outcome.id().ifPresent(id -> ids.put(step.ref(), id));
            stopped |= outcome.result() == StepOutcome.Result.FAILED;
            outcomes.add(outcome);
        }
        return new SetupReport(plan.project(), outcomes);
    }

    private StepOutcome run(SetupPlan plan, SetupStep step, Map<String, String> ids, Map<String, String> names) {
        return switch (step.action()) {
            case ALREADY_PRESENT, REUSE -> new StepOutcome(
                    step, StepOutcome.Result.UNCHANGED, step.existingId(), Optional.empty());
            case CONFLICT, MANUAL -> new StepOutcome(
                    step, StepOutcome.Result.NEEDS_ADMIN, Optional.empty(), Optional.of(step.reason()));
            case CREATE -> create(plan, step, ids, names);
        };
    }

    private StepOutcome create(SetupPlan plan, SetupStep step, Map<String, String> ids, Map<String, String> names) {
        List<String> waiting = step.needs().stream()
                .filter(ref -> !ids.containsKey(ref))
                .map(ref -> names.getOrDefault(ref, ref))
                .toList();
        if (!waiting.isEmpty()) {
            return skipped(step, SetupMessage.of("outcome.waiting", String.join(", ", waiting)));
        }
        try {
            String id = new StepRunner(blueprint, port, ids, plan).run(step);
            return new StepOutcome(step, StepOutcome.Result.DONE, Optional.of(id), Optional.empty());
        } catch (SetupFailure e) {
            return failed(step, e.reason());
        } catch (RuntimeException e) {
            String text = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            return failed(step, SetupMessage.of("outcome.unexpected", text));
        }
    }

    private static StepOutcome failed(SetupStep step, SetupMessage why) {
        return new StepOutcome(step, StepOutcome.Result.FAILED, Optional.empty(), Optional.of(why));
    }

    private static StepOutcome skipped(SetupStep step, SetupMessage why) {
        return new StepOutcome(step, StepOutcome.Result.NOT_ATTEMPTED, Optional.empty(), Optional.of(why));
    }
}
