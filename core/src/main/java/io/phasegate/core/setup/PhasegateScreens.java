package io.phasegate.core.setup;

import java.util.List;

/** The screens and screen schemes of {@link PhasegateBlueprint}. */
final class PhasegateScreens {
    private static final List<String> BASICS =
            List.of("summary", "issuetype", "reporter", "assignee", "priority", "description", "labels");

    private PhasegateScreens() {}

    static List<ScreenSpec> screens() {
        return List.of(
                new ScreenSpec(
                        "rfc-screen",
                        "Phasegate RFC Screen",
                        "Create, edit and view RFCs (Phasegate).",
                        List.of(
                                new ScreenTab(
                                        "RFC",
                                        BASICS,
                                        List.of(
                                                "problem-statement",
                                                "supporting-data",
                                                "hypothesis",
                                                "kpi-goals",
                                                "initiative-source",
                                                "business-lines")),
                                new ScreenTab(
                                        "Validation",
                                        List.of("attachment"),
                                        List.of("customer-validation", "mock-ups")))),
                new ScreenSpec(
                        "deep-dive-screen",
                        "Phasegate Technical Deep-dive Screen",
                        "Create, edit and view Technical Deep-dives (Phasegate).",
                        List.of(
                                new ScreenTab(
                                        "Deep-dive",
                                        BASICS,
                                        List.of("architectural-design", "story-points", "security-review")),
                                new ScreenTab(
                                        "Acceptance and tests",
                                        List.of(),
                                        List.of("acceptance-criteria", "test-cases")))));
    }

    static List<ScreenSchemeSpec> screenSchemes() {
        return List.of(
                new ScreenSchemeSpec(
                        "rfc-screen-scheme",
                        "Phasegate RFC Screen Scheme",
                        "RFC screen for every operation (Phasegate).",
                        "rfc-screen",
                        "rfc"),
                new ScreenSchemeSpec(
                        "deep-dive-screen-scheme",
                        "Phasegate Technical Deep-dive Screen Scheme",
                        "Technical Deep-dive screen for every operation (Phasegate).",
                        "deep-dive-screen",
                        "deep-dive"));
    }
}
