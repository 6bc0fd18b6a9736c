package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An in-memory Jira for set-up tests: what set-up creates becomes part of the next inventory, and a
 * step can be made to fail once, like a Jira manager throwing half-way.
 */
class FakeJira implements SetupPort {
    static final Set<StepKind> AUTOMATED = EnumSet.of(
            StepKind.ISSUE_TYPE,
            StepKind.FIELD,
            StepKind.FIELD_OPTIONS,
            StepKind.STATUS,
            StepKind.SCREEN,
            StepKind.SCREEN_SCHEME,
            StepKind.WORKFLOW,
            StepKind.PROJECT_SCREENS);

    final List<ExistingIssueType> issueTypes = new ArrayList<>();
    final List<ExistingField> fields = new ArrayList<>();
    final List<Existing> statuses = new ArrayList<>();
    final List<Existing> screens = new ArrayList<>();
    final List<Existing> screenSchemes = new ArrayList<>();
    final List<Existing> workflows = new ArrayList<>();
    /** Screen id to its tabs; a screen missing here is one whose contents were not read. */
    final Map<String, List<ExistingTab>> screenTabs = new LinkedHashMap<>();

    final Map<String, Optional<String>> schemeDefaults = new LinkedHashMap<>();
    /** Issue type screen schemes; project PAY starts on Jira's default one. */
    final List<ExistingIssueTypeScreenScheme> issueTypeScreenSchemes =
            new ArrayList<>(List.of(new ExistingIssueTypeScreenScheme(
                    "1",
                    "Default Issue Type Screen Scheme",
                    new ScreenSchemeMappings(Optional.of("1"), Map.of()),
                    Set.of("PAY"))));

    final List<String> workflowXml = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private Predicate<String> failing = call -> false;
    private int nextId = 10_000;

    Inventory inventory() {
        return new Inventory(
                issueTypes,
                fields,
                statuses,
                screens,
                screenSchemes,
                workflows,
                AUTOMATED,
                new ScreenInventory(screenTabs, schemeDefaults, issueTypeScreenSchemes));
    }

    /** The next call whose description matches fails once with a SetupFailure. */
    void failOnce(Predicate<String> call) {
        failing = call;
    }

    private String call(String description) {
        calls.add(description);
        if (failing.test(description)) {
            failing = c -> false;
            throw new SetupFailure(
                    SetupMessage.of("failure.host", "database unavailable"), new IllegalStateException());
        }
        return Integer.toString(nextId++);
    }

    @Override
    public String createIssueType(IssueTypeSpec spec) {
        String id = call("issue type " + spec.name());
        issueTypes.add(new ExistingIssueType(id, spec.name(), false));
        return id;
    }

    @Override
    public String createField(FieldSpec spec) {
        String id = "customfield_" + call("field " + spec.name());
        fields.add(new ExistingField(id, spec.name(), spec.kind(), spec.kind().name(), List.of()));
        return id;
    }

    @Override
    public void addOptions(String fieldId, List<String> options) {
        call("options " + fieldId + " " + options);
        ExistingField field =
                fields.stream().filter(f -> f.id().equals(fieldId)).findFirst().orElseThrow();
        List<String> all = new ArrayList<>(field.options());
        all.addAll(options);
        fields.set(
                fields.indexOf(field),
                new ExistingField(field.id(), field.name(), field.kind(), field.typeName(), all));
    }

    @Override
    public String createStatus(StatusSpec spec) {
        String id = call("status " + spec.name());
        statuses.add(new Existing(id, spec.name()));
        return id;
    }

    @Override
    public String createScreen(ScreenSpec spec, Map<String, String> fieldIds) {
        if (fieldIds.containsValue(null)) {
            throw new IllegalArgumentException("screen with an unknown field " + fieldIds);
        }
        Optional<Existing> existing =
                screens.stream().filter(e -> e.name().equals(spec.name())).findFirst();
        String id = existing.map(Existing::id).orElseGet(() -> call("screen " + spec.name()));
        if (existing.isEmpty()) {
            screens.add(new Existing(id, spec.name()));
        }
        List<ExistingTab> tabs = new ArrayList<>(screenTabs.getOrDefault(id, List.of()));
        for (ScreenTab tab : spec.tabs()) {
            List<String> wanted = new ArrayList<>(tab.systemFields());
            tab.fieldKeys().forEach(k -> wanted.add(fieldIds.get(k)));
            int at = indexOf(tabs, tab.name());
            List<String> have =
                    new ArrayList<>(at < 0 ? List.of() : tabs.get(at).fieldIds());
            for (String field : wanted) {
                if (tabs.stream().noneMatch(t -> t.fieldIds().contains(field)) && !have.contains(field)) {
                    call("screen field " + spec.name() + "/" + tab.name() + "/" + field);
                    have.add(field);
                }
            }
            if (at < 0) {
                tabs.add(new ExistingTab(tab.name(), have));
            } else {
                tabs.set(at, new ExistingTab(tab.name(), have));
            }
            screenTabs.put(id, List.copyOf(tabs));
        }
        return id;
    }

    private static int indexOf(List<ExistingTab> tabs, String name) {
        for (int i = 0; i < tabs.size(); i++) {
            if (tabs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String createScreenScheme(ScreenSchemeSpec spec, String screenId) {
        Optional<Existing> existing =
                screenSchemes.stream().filter(e -> e.name().equals(spec.name())).findFirst();
        String id = existing.map(Existing::id).orElseGet(() -> call("screen scheme " + spec.name()));
        if (existing.isEmpty()) {
            screenSchemes.add(new Existing(id, spec.name()));
            schemeDefaults.put(id, Optional.empty());
        }
        call("default screen " + spec.name() + " -> " + screenId);
        schemeDefaults.put(id, Optional.of(screenId));
        return id;
    }

    @Override
    public String assignProjectScreens(ProjectScreens change) {
        String key = change.project().key();
        ExistingIssueTypeScreenScheme current = issueTypeScreenSchemes.stream()
                .filter(s -> s.projectKeys().contains(key))
                .findFirst()
                .orElseThrow();
        Optional<ExistingIssueTypeScreenScheme> found = issueTypeScreenSchemes.stream()
                .filter(s -> s.name().equals(change.schemeName()))
                .findFirst();
        ExistingIssueTypeScreenScheme target = found.orElseGet(() -> {
            ExistingIssueTypeScreenScheme made = new ExistingIssueTypeScreenScheme(
                    call("issue type screen scheme " + change.schemeName()),
                    change.schemeName(),
                    ScreenSchemeMappings.none(),
                    Set.of());
            issueTypeScreenSchemes.add(made);
            return made;
        });
        ScreenSchemeMappings source = target.id().equals(current.id()) ? target.mappings() : current.mappings();
        ScreenSchemeMappings add = source.with(change.mappings()).missingFrom(target.mappings());
        call("entries " + change.schemeName() + " " + add);
        ScreenSchemeMappings merged = new ScreenSchemeMappings(
                target.mappings().defaultScheme().or(add::defaultScheme),
                target.mappings().with(add.byIssueType()).byIssueType());
        replace(target, new ExistingIssueTypeScreenScheme(target.id(), target.name(), merged, target.projectKeys()));
        if (!target.id().equals(current.id())) {
            call("associate " + key + " " + change.schemeName() + " instead of " + current.name());
            ExistingIssueTypeScreenScheme old = byId(current.id());
            Set<String> without = new java.util.HashSet<>(old.projectKeys());
            without.remove(key);
            replace(old, new ExistingIssueTypeScreenScheme(old.id(), old.name(), old.mappings(), without));
            ExistingIssueTypeScreenScheme ours = byId(target.id());
            Set<String> with = new java.util.HashSet<>(ours.projectKeys());
            with.add(key);
            replace(ours, new ExistingIssueTypeScreenScheme(ours.id(), ours.name(), ours.mappings(), with));
        }
        return target.id();
    }

    private ExistingIssueTypeScreenScheme byId(String id) {
        return issueTypeScreenSchemes.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private void replace(ExistingIssueTypeScreenScheme old, ExistingIssueTypeScreenScheme now) {
        issueTypeScreenSchemes.set(issueTypeScreenSchemes.indexOf(byId(old.id())), now);
    }

    @Override
    public String createWorkflow(String name, String description, String xml) {
        call("workflow " + name);
        workflows.add(new Existing(name, name));
        workflowXml.add(xml);
        return name;
    }
}
