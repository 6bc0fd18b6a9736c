package io.phasegate.core.setup;

import java.util.List;
import java.util.Set;

/**
 * What Phasegate sets up for the eight-phase delivery process: the RFC and Technical Deep-dive
 * issue types, their fields, screens and screen schemes, one status per phase and the phase
 * workflow with its three gates. The table in docs/admin-guide.md lists the same content.
 */
public final class PhasegateBlueprint {
    /** The names Jira Software gives its story points field (Data Center first, then Cloud). */
    public static final List<String> STORY_POINTS_NAMES = List.of("Story Points", "Story point estimate");

    private PhasegateBlueprint() {}

    /** The blueprint. */
    public static SetupBlueprint standard() {
        return new SetupBlueprint(
                List.of(
                        new IssueTypeSpec(
                                "rfc",
                                "RFC",
                                "Request for Change: the problem, data, hypothesis and KPI goals of an initiative (phase 1).",
                                "rfc.png"),
                        new IssueTypeSpec(
                                "deep-dive",
                                "Technical Deep-dive",
                                "The technical deep-dive of an RFC: design, estimates, acceptance criteria and tests (phase 3).",
                                "deep-dive.png")),
                PhasegateFields.all(),
                PhasegateWorkflow.statuses(),
                PhasegateScreens.screens(),
                PhasegateScreens.screenSchemes(),
                PhasegateWorkflow.workflow());
    }

    /** Initiative sources of the process, the options of the Initiative Source field. */
    public static List<String> initiativeSources() {
        return List.of(
                "Growth",
                "Compliance",
                "Engineering – technical debt",
                "Finance",
                "QA – bug fixes",
                "Customer Service",
                "Market and competitive analysis",
                "Other");
    }

    static FieldSpec storyPoints() {
        return new FieldSpec(
                "story-points",
                "Story Points",
                "Estimate of the work, in story points.",
                FieldKind.NUMBER,
                List.of(),
                STORY_POINTS_NAMES.subList(1, STORY_POINTS_NAMES.size()),
                Set.of(FieldKind.NUMBER));
    }
}
