package io.phasegate.core.setup;

import java.util.LinkedHashMap;
import java.util.Map;

/** Carries out one CREATE step through the port, with the ids of what exists so far. */
final class StepRunner {
    private final SetupBlueprint blueprint;
    private final SetupPort port;
    private final Map<String, String> ids;
    private final SetupPlan plan;

    StepRunner(SetupBlueprint blueprint, SetupPort port, Map<String, String> ids, SetupPlan plan) {
        this.blueprint = blueprint;
        this.port = port;
        this.ids = ids;
        this.plan = plan;
    }

    String run(SetupStep step) {
        String key = step.subject();
        return switch (step.kind()) {
            case ISSUE_TYPE -> port.createIssueType(blueprint.issueTypes().stream()
                    .filter(t -> t.key().equals(key))
                    .findFirst()
                    .orElseThrow());
            case FIELD -> port.createField(blueprint.field(key));
            case FIELD_OPTIONS -> options(step);
            case STATUS -> port.createStatus(blueprint.status(key));
            case SCREEN -> port.createScreen(
                    blueprint.screen(key), fieldIds(blueprint.screen(key).fieldKeys()));
            case SCREEN_SCHEME -> scheme(key);
            case WORKFLOW -> workflow();
            case PROJECT_SCREENS -> projectScreens(step);
            case PROJECT_ISSUE_TYPES -> port.changeIssueTypeScheme(
                    new ProjectIssueTypes(blueprint.issueTypes()).change(plan.project(), schemes(step), typeIds()));
            case PROJECT_WORKFLOW -> port.switchWorkflowScheme(new ProjectWorkflow(
                            blueprint.issueTypes(), blueprint.workflow().name())
                    .change(plan.project(), schemes(step), typeIds()));
        };
    }

    private ProjectSchemes schemes(SetupStep step) {
        return plan.schemes()
                .orElseThrow(() -> new IllegalStateException("planned without the project's schemes: " + step));
    }

    /** The Jira id of each of Phasegate's issue types, by blueprint key, as created or found. */
    private Map<String, String> typeIds() {
        Map<String, String> typeIds = new LinkedHashMap<>();
        blueprint.issueTypes().forEach(t -> typeIds.put(t.key(), ids.get(SetupStep.ref(StepKind.ISSUE_TYPE, t.key()))));
        return typeIds;
    }

    private String options(SetupStep step) {
        String fieldId = ids.get(SetupStep.ref(StepKind.FIELD, step.subject()));
        port.addOptions(fieldId, step.values());
        return fieldId;
    }

    private String scheme(String key) {
        ScreenSchemeSpec scheme = blueprint.screenSchemes().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
        return port.createScreenScheme(scheme, ids.get(SetupStep.ref(StepKind.SCREEN, scheme.screenKey())));
    }

    private String projectScreens(SetupStep step) {
        ProjectRef project = new ProjectRef(step.subject(), step.name());
        Map<String, String> mappings = new LinkedHashMap<>();
        for (ScreenSchemeSpec scheme : blueprint.screenSchemes()) {
            mappings.put(
                    ids.get(SetupStep.ref(StepKind.ISSUE_TYPE, scheme.issueTypeKey())),
                    ids.get(SetupStep.ref(StepKind.SCREEN_SCHEME, scheme.key())));
        }
        String description = "The issue type screens of project " + project.key()
                + ": its previous scheme's entries, with RFC and Technical Deep-dive on Phasegate's screens.";
        return port.assignProjectScreens(
                new ProjectScreens(project, ProjectScreensPlanner.schemeName(project), description, mappings));
    }

    private String workflow() {
        WorkflowSpec workflow = blueprint.workflow();
        Map<String, String> statusIds = new LinkedHashMap<>();
        workflow.statusKeys().forEach(k -> statusIds.put(k, ids.get(SetupStep.ref(StepKind.STATUS, k))));
        String xml = WorkflowXml.write(blueprint, statusIds, fieldIds(workflow.gateFieldKeys()));
        return port.createWorkflow(workflow.name(), workflow.description(), xml);
    }

    private Map<String, String> fieldIds(java.util.List<String> keys) {
        Map<String, String> fieldIds = new LinkedHashMap<>();
        keys.forEach(k -> fieldIds.put(k, ids.get(SetupStep.ref(StepKind.FIELD, k))));
        return fieldIds;
    }
}
