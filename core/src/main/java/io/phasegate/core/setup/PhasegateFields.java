package io.phasegate.core.setup;

import java.util.List;
import java.util.Set;

/** The custom fields of {@link PhasegateBlueprint}. */
final class PhasegateFields {
    static final String KPI_TEMPLATE = "||KPI||Baseline||Target||";

    private PhasegateFields() {}

    static List<FieldSpec> all() {
        return List.of(
                text("problem-statement", "Problem Statement", "The problem or motivation behind the RFC."),
                text("supporting-data", "Supporting Data", "Data that shows the problem is real and worth solving."),
                text("hypothesis", "Hypothesis", "What we believe will happen, and why, if we build this."),
                text(
                        "kpi-goals",
                        "KPI Goals",
                        "One row per KPI to move, as a table: " + KPI_TEMPLATE
                                + " then |name|baseline|target| per KPI."),
                new FieldSpec(
                        "initiative-source",
                        "Initiative Source",
                        "Where the initiative comes from.",
                        FieldKind.SELECT,
                        PhasegateBlueprint.initiativeSources(),
                        List.of(),
                        Set.of(FieldKind.SELECT)),
                FieldSpec.of(
                        "business-lines",
                        "Business Lines",
                        "Every business line the RFC affects, one label each; two or more make it CPO-coordinated.",
                        FieldKind.LABELS),
                text(
                        "customer-validation",
                        "Customer Validation",
                        "Evidence that customers validated the problem or design."),
                text("mock-ups", "Mock-ups", "Links to the hi-fi mock-ups (complete UX and UI)."),
                text("architectural-design", "Architectural Design", "The architectural design, or a link to it."),
                text("security-review", "Security Review", "Outcome of the security review, or why none is needed."),
                textOrLine(
                        "acceptance-criteria",
                        "Acceptance Criteria",
                        "One criterion per line, ideally Given … When … Then …."),
                textOrLine("test-cases", "Test Cases", "One test case per line, or links to test issues."),
                PhasegateBlueprint.storyPoints());
    }

    private static FieldSpec text(String key, String name, String description) {
        return FieldSpec.of(key, name, description, FieldKind.TEXT_AREA);
    }

    private static FieldSpec textOrLine(String key, String name, String description) {
        return new FieldSpec(
                key,
                name,
                description,
                FieldKind.TEXT_AREA,
                List.of(),
                List.of(),
                Set.of(FieldKind.TEXT_AREA, FieldKind.TEXT_FIELD));
    }
}
