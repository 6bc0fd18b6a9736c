package io.phasegate.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhasegateBlueprintTest {
    private final SetupBlueprint blueprint = PhasegateBlueprint.standard();

    @Test
    void initiativeSourceOffersExactlyTheProcessSources() {
        assertThat(blueprint.field("initiative-source").options())
                .containsExactly(
                        "Growth",
                        "Compliance",
                        "Engineering – technical debt",
                        "Finance",
                        "QA – bug fixes",
                        "Customer Service",
                        "Market and competitive analysis",
                        "Other");
    }

    @Test
    void everyFieldTheIssueAsksForIsInTheBlueprint() {
        assertThat(blueprint.fields())
                .extracting(FieldSpec::name)
                .containsExactlyInAnyOrder(
                        "Acceptance Criteria",
                        "Test Cases",
                        "Problem Statement",
                        "Supporting Data",
                        "Hypothesis",
                        "KPI Goals",
                        "Initiative Source",
                        "Business Lines",
                        "Customer Validation",
                        "Mock-ups",
                        "Architectural Design",
                        "Security Review",
                        "Story Points");
        assertThat(blueprint.field("story-points").acceptedNames())
                .containsExactly("Story Points", "Story point estimate");
        assertThat(blueprint.field("kpi-goals").description()).contains("||KPI||Baseline||Target||");
    }

    @Test
    void screensAndGatesOnlyNameBlueprintFieldsAndEveryFieldIsOnAScreen() {
        List<String> onScreens = blueprint.screens().stream()
                .flatMap(s -> s.fieldKeys().stream())
                .toList();
        assertThat(onScreens).allSatisfy(key -> blueprint.field(key));
        assertThat(blueprint.workflow().gateFieldKeys())
                .allSatisfy(key -> assertThat(onScreens).contains(key));
        assertThat(onScreens)
                .containsExactlyInAnyOrderElementsOf(
                        blueprint.fields().stream().map(FieldSpec::key).toList());
        assertThat(blueprint.screenSchemes()).allSatisfy(s -> blueprint.screen(s.screenKey()));
    }

    @Test
    void everyPhaseMovesForwardAndAllButTheFirstCanGoBack() {
        List<String> phases = blueprint.workflow().statusKeys();
        List<TransitionSpec> transitions = blueprint.workflow().transitions();
        for (int i = 0; i + 1 < phases.size(); i++) {
            String from = phases.get(i);
            String to = phases.get(i + 1);
            assertThat(transitions).anyMatch(t -> t.from().equals(from) && t.to().equals(to));
            assertThat(transitions).anyMatch(t -> t.from().equals(to) && phases.indexOf(t.to()) < phases.indexOf(to));
        }
        assertThat(transitions).extracting(TransitionSpec::id).doesNotHaveDuplicates();
    }

    @Test
    void gatesSitOnTheThreeTransitionsTheProcessNames() {
        assertThat(blueprint.workflow().transitions())
                .filteredOn(t -> t.gate().isPresent())
                .extracting(t ->
                        t.from() + ">" + t.to() + ":" + t.gate().orElseThrow().fieldKeys())
                .containsExactly(
                        "rfc>ux-design:[problem-statement, hypothesis, kpi-goals]",
                        "ux-design>deep-dive:[mock-ups]",
                        "deep-dive>sprint-planning:[story-points, acceptance-criteria, test-cases, architectural-design]");
    }

    @Test
    void aFieldMustAcceptItsOwnKind() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FieldSpec(
                        "x", "X", "", FieldKind.NUMBER, List.of(), List.of(), java.util.Set.of(FieldKind.TEXT_AREA)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
