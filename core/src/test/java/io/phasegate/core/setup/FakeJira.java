package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
            StepKind.WORKFLOW);

    final List<ExistingIssueType> issueTypes = new ArrayList<>();
    final List<ExistingField> fields = new ArrayList<>();
    final List<Existing> statuses = new ArrayList<>();
    final List<Existing> screens = new ArrayList<>();
    final List<Existing> screenSchemes = new ArrayList<>();
    final List<Existing> workflows = new ArrayList<>();
    final List<String> workflowXml = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private Predicate<String> failing = call -> false;
    private int nextId = 10_000;

    Inventory inventory() {
        return new Inventory(issueTypes, fields, statuses, screens, screenSchemes, workflows, AUTOMATED);
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
        String id = call("screen " + spec.name());
        screens.add(new Existing(id, spec.name()));
        return id;
    }

    @Override
    public String createScreenScheme(ScreenSchemeSpec spec, String screenId) {
        String id = call("screen scheme " + spec.name() + " -> " + screenId);
        screenSchemes.add(new Existing(id, spec.name()));
        return id;
    }

    @Override
    public String createWorkflow(String name, String description, String xml) {
        call("workflow " + name);
        workflows.add(new Existing(name, name));
        workflowXml.add(xml);
        return name;
    }
}
