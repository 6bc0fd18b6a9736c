package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans the screens and screen schemes: absent ones are created; a Phasegate screen that exists
 * but lacks some of its tabs or fields (an earlier run stopped half-way, or someone removed them)
 * is completed, and a screen scheme without a default screen gets one. Nothing is ever removed.
 */
final class ScreenPlanner {
    private final SetupBlueprint blueprint;
    private final StepSink sink;
    private final Inventory inventory;

    ScreenPlanner(SetupBlueprint blueprint, StepSink sink, Inventory inventory) {
        this.blueprint = blueprint;
        this.sink = sink;
        this.inventory = inventory;
    }

    void plan() {
        blueprint.screens().forEach(this::screen);
        blueprint.screenSchemes().forEach(this::scheme);
    }

    private void screen(ScreenSpec spec) {
        List<String> needs = spec.fieldKeys().stream()
                .map(key -> SetupStep.ref(StepKind.FIELD, key))
                .toList();
        Optional<Existing> existing = find(inventory.screens(), spec.name());
        if (existing.isEmpty()) {
            sink.add(sink.absent(StepKind.SCREEN, spec.key(), spec.name(), needs));
            return;
        }
        String id = existing.get().id();
        List<ExistingTab> tabs = inventory.screenDetails().screenTabs().get(id);
        List<String> missingTabs = new ArrayList<>();
        List<String> missingFields = new ArrayList<>();
        if (tabs != null) {
            Set<String> onScreen = new HashSet<>();
            tabs.forEach(tab -> onScreen.addAll(tab.fieldIds()));
            for (ScreenTab tab : spec.tabs()) {
                if (tabs.stream().noneMatch(t -> Inventory.sameName(tab.name(), t.name()))) {
                    missingTabs.add(tab.name());
                }
                tab.systemFields().stream().filter(f -> !onScreen.contains(f)).forEach(missingFields::add);
                tab.fieldKeys().stream()
                        .filter(key -> fieldId(key).filter(onScreen::contains).isEmpty())
                        .map(key -> blueprint.field(key).name())
                        .forEach(missingFields::add);
            }
        }
        if (missingTabs.isEmpty() && missingFields.isEmpty()) {
            sink.add(sink.present(StepKind.SCREEN, spec.key(), spec.name(), id, needs));
            return;
        }
        SetupMessage why = SetupMessage.of("reason.screen-incomplete", id, list(missingTabs), list(missingFields));
        List<String> values = new ArrayList<>(missingTabs);
        values.addAll(missingFields);
        sink.add(incomplete(StepKind.SCREEN, spec.key(), spec.name(), id, why, values, needs));
    }

    private void scheme(ScreenSchemeSpec spec) {
        List<String> needs = List.of(SetupStep.ref(StepKind.SCREEN, spec.screenKey()));
        Optional<Existing> existing = find(inventory.screenSchemes(), spec.name());
        if (existing.isEmpty()) {
            sink.add(sink.absent(StepKind.SCREEN_SCHEME, spec.key(), spec.name(), needs));
            return;
        }
        String id = existing.get().id();
        Map<String, Optional<String>> defaults = inventory.screenDetails().schemeDefaultScreens();
        boolean lacksDefault = defaults.containsKey(id) && defaults.get(id).isEmpty();
        if (!lacksDefault) {
            sink.add(sink.present(StepKind.SCREEN_SCHEME, spec.key(), spec.name(), id, needs));
            return;
        }
        String screen = blueprint.screen(spec.screenKey()).name();
        SetupMessage why = SetupMessage.of("reason.screen-scheme-incomplete", id, screen);
        sink.add(incomplete(StepKind.SCREEN_SCHEME, spec.key(), spec.name(), id, why, List.of(), needs));
    }

    /** The Jira id of a Phasegate field that exists (present or reused) at this point of the plan. */
    private Optional<String> fieldId(String key) {
        String ref = SetupStep.ref(StepKind.FIELD, key);
        return sink.steps().stream()
                .filter(s -> s.ref().equals(ref))
                .findFirst()
                .flatMap(SetupStep::existingId);
    }

    /**
     * CREATE (the adapter completes what exists) when automated, else MANUAL with the same reason;
     * either way with the id of what exists.
     */
    private SetupStep incomplete(
            StepKind kind,
            String key,
            String name,
            String id,
            SetupMessage why,
            List<String> values,
            List<String> needs) {
        StepAction action = inventory.automated().contains(kind) ? StepAction.CREATE : StepAction.MANUAL;
        return sink.step(kind, key, name, action, Optional.of(id), why, values, needs);
    }

    private static Optional<Existing> find(List<Existing> existing, String name) {
        return existing.stream().filter(e -> Inventory.sameName(name, e.name())).findFirst();
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "-" : items.stream().collect(Collectors.joining(", "));
    }
}
