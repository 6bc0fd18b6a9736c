package io.phasegate.core.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The eight statuses and the phase workflow of {@link PhasegateBlueprint}, with its three gates. */
final class PhasegateWorkflow {
    static final String NAME = "Phasegate Delivery Workflow";

    private PhasegateWorkflow() {}

    static List<StatusSpec> statuses() {
        return List.of(
                new StatusSpec("rfc", "Request for Change", "Phase 1: the RFC is being written.", StatusGroup.TO_DO),
                new StatusSpec(
                        "ux-design",
                        "UX Design",
                        "Phase 2: hi-fi mock-ups are being designed and validated.",
                        StatusGroup.IN_PROGRESS),
                new StatusSpec(
                        "deep-dive",
                        "Technical Deep-dive",
                        "Phase 3: design, estimates, acceptance criteria and tests.",
                        StatusGroup.IN_PROGRESS),
                new StatusSpec(
                        "sprint-planning",
                        "Sprint Planning",
                        "Phase 4: ready to be planned into a sprint.",
                        StatusGroup.IN_PROGRESS),
                new StatusSpec(
                        "coding", "Coding", "Phase 5: being built with its automated tests.", StatusGroup.IN_PROGRESS),
                new StatusSpec(
                        "build-pipeline",
                        "Build Pipeline",
                        "Phase 6: in the build pipeline's quality gates.",
                        StatusGroup.IN_PROGRESS),
                new StatusSpec(
                        "deployment",
                        "Production Deployment",
                        "Phase 7: being deployed to production.",
                        StatusGroup.IN_PROGRESS),
                new StatusSpec(
                        "monitoring",
                        "Production Monitoring",
                        "Phase 8: running in production and monitored.",
                        StatusGroup.DONE));
    }

    static WorkflowSpec workflow() {
        List<String> keys = statuses().stream().map(StatusSpec::key).toList();
        List<TransitionSpec> transitions = new ArrayList<>();
        transitions.add(transition(11, "Start UX Design", "rfc", "ux-design", Optional.of(rfcGate())));
        transitions.add(
                transition(21, "Start Technical Deep-dive", "ux-design", "deep-dive", Optional.of(mockUpGate())));
        transitions.add(transition(
                31, "Ready for Sprint Planning", "deep-dive", "sprint-planning", Optional.of(readyForSprintGate())));
        transitions.add(transition(41, "Start Coding", "sprint-planning", "coding", Optional.empty()));
        transitions.add(transition(51, "Send to Build Pipeline", "coding", "build-pipeline", Optional.empty()));
        transitions.add(transition(61, "Deploy to Production", "build-pipeline", "deployment", Optional.empty()));
        transitions.add(transition(71, "Start Monitoring", "deployment", "monitoring", Optional.empty()));
        transitions.add(transition(12, "Back to RFC", "ux-design", "rfc", Optional.empty()));
        transitions.add(transition(22, "Back to UX Design", "deep-dive", "ux-design", Optional.empty()));
        transitions.add(
                transition(32, "Back to Technical Deep-dive", "sprint-planning", "deep-dive", Optional.empty()));
        transitions.add(transition(42, "Back to Sprint Planning", "coding", "sprint-planning", Optional.empty()));
        transitions.add(transition(52, "Pipeline Failed", "build-pipeline", "coding", Optional.empty()));
        transitions.add(transition(62, "Deployment Failed", "deployment", "coding", Optional.empty()));
        transitions.add(transition(72, "Defect Found", "monitoring", "coding", Optional.empty()));
        return new WorkflowSpec(NAME, "The eight phases of product delivery, with Phasegate gates.", keys, transitions);
    }

    static GateSpec rfcGate() {
        return new GateSpec(
                "rfc-complete",
                List.of(
                        present("problem-statement", "Problem Statement"),
                        present("hypothesis", "Hypothesis"),
                        present("kpi-goals", "KPI Goals")));
    }

    static GateSpec mockUpGate() {
        return new GateSpec("mock-ups-ready", List.of(present("mock-ups", "Mock-ups")));
    }

    static GateSpec readyForSprintGate() {
        return new GateSpec(
                "ready-for-sprint",
                List.of(
                        new GateRuleSpec("story-points", "story-points", "Story Points"),
                        new GateRuleSpec("acceptance-criteria", "acceptance-criteria", "Acceptance Criteria"),
                        new GateRuleSpec("test-coverage", "test-cases", "Test Cases"),
                        present("architectural-design", "Architectural Design")));
    }

    private static GateRuleSpec present(String field, String label) {
        return new GateRuleSpec("field-present", field, label);
    }

    private static TransitionSpec transition(int id, String name, String from, String to, Optional<GateSpec> gate) {
        return new TransitionSpec(id, name, from, to, gate);
    }
}
