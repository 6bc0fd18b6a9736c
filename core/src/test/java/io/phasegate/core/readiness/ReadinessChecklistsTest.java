package io.phasegate.core.readiness;

import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.ConfigProblem;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.readiness.ChecklistItem.State;
import io.phasegate.core.readiness.ReadinessChecklist.Outlook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadinessChecklistsTest {
    private static final FieldRef PROBLEM = FieldRef.of("customfield_10100");
    private static final FieldRef HYPOTHESIS = FieldRef.of("customfield_10101");
    private static final FieldRef POINTS = FieldRef.of("customfield_10016");

    private static PhaseGate gate(String policy, Map<String, Object>... rules) {
        return new GateConfigParser()
                .parse(Map.of("gate", "Ready for UX", "onMisconfiguration", policy, "rules", List.of(rules)));
    }

    private static NextGate toUx(PhaseGate gate) {
        return NextGate.readable("Start UX Design", "UX Design", gate);
    }

    @Test
    void listsEachRuleAsPassedOrMissingWithTheEngineMessageAndAFix() {
        IssueSnapshot rfc = anIssue("PG-1")
                .type("RFC")
                .status("RFC")
                .with(PROBLEM, "Checkout is slow")
                .withoutValue(HYPOTHESIS)
                .build();
        PhaseGate gate = gate(
                "block",
                Map.of("rule", "field-present", "field", PROBLEM.id(), "label", "Problem Statement"),
                Map.of("rule", "field-present", "field", HYPOTHESIS.id()),
                Map.of("rule", "linked-issue", "issueTypes", List.of("Mock-up")));

        ReadinessChecklist checklist = ReadinessChecklists.forViewer(rfc, open(2, toUx(gate)), Optional.empty());

        assertThat(checklist.outlook()).isEqualTo(Outlook.GATED);
        assertThat(checklist.phase()).contains(Phase.RFC);
        GateChecklist ux = checklist.gates().get(0);
        assertThat(ux.blocks()).isTrue();
        assertThat(ux.passedCount()).isEqualTo(1);
        assertThat(ux.items())
                .extracting(ChecklistItem::state)
                .containsExactly(State.PASSED, State.MISSING, State.MISSING);
        assertThat(ux.items().get(0).subject()).contains("Problem Statement");
        assertThat(ux.items().get(1).subject()).contains(HYPOTHESIS.id());
        assertThat(ux.items().get(1).field()).contains(HYPOTHESIS);
        assertThat(ux.items().get(1).fix()).isEqualTo(Fix.EDIT_ISSUE);
        assertThat(ux.items().get(1).messages())
                .containsExactly(Message.of(MessageKey.FIELD_PRESENT_EMPTY, HYPOTHESIS.id()));
        assertThat(ux.items().get(2).fix()).isEqualTo(Fix.LINK_ISSUE);
        assertThat(ux.items().get(2).messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.LINKED_ISSUE_TOO_FEW);
    }

    @Test
    void aGateWhoseRulesAllPassDoesNotBlock() {
        IssueSnapshot story = anIssue().with(POINTS, 3).build();
        PhaseGate gate = gate("block", Map.of("rule", "story-points", "field", POINTS.id()));

        GateChecklist checklist = ReadinessChecklists.forViewer(story, open(1, toUx(gate)), Optional.empty())
                .gates()
                .get(0);

        assertThat(checklist.blocks()).isFalse();
        assertThat(checklist.items()).singleElement().satisfies(i -> {
            assertThat(i.passed()).isTrue();
            assertThat(i.fix()).isEqualTo(Fix.NONE);
            assertThat(i.messages()).isEmpty();
        });
    }

    @Test
    void aDeletedFieldCannotBeCheckedAndBlocksOnlyWhenThePolicySaysSo() {
        IssueSnapshot story = anIssue().build(); // customfield_10016 does not exist here
        Map<String, Object> rule = Map.of("rule", "story-points", "field", POINTS.id());

        GateChecklist blocking = ReadinessChecklists.forViewer(
                        story, open(1, toUx(gate("block", rule))), Optional.empty())
                .gates()
                .get(0);
        GateChecklist allowing = ReadinessChecklists.forViewer(
                        story, open(1, toUx(gate("allow", rule))), Optional.empty())
                .gates()
                .get(0);

        assertThat(blocking.items()).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(State.CANNOT_CHECK);
            assertThat(i.fix()).isEqualTo(Fix.ASK_ADMIN);
            assertThat(i.messages())
                    .extracting(Message::key)
                    .containsExactly(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING);
        });
        assertThat(blocking.blocks()).isTrue();
        assertThat(allowing.blocks()).isFalse();
    }

    @Test
    void anUnreadableGateKeepsItsProblemsAndBlocks() {
        ConfigProblem problem = new ConfigProblem("$", Message.of(MessageKey.CONFIG_NOT_JSON, "line 1"));

        GateChecklist checklist = ReadinessChecklists.forViewer(
                        anIssue().build(),
                        open(1, NextGate.unreadable("Start UX Design", "UX Design", List.of(problem), true)),
                        Optional.empty())
                .gates()
                .get(0);

        assertThat(checklist.unreadable()).isTrue();
        assertThat(checklist.configProblems()).containsExactly(problem);
        assertThat(checklist.items()).isEmpty();
        assertThat(checklist.blocks()).isTrue();
    }

    /** {@code count} transitions the viewer can take, the first ones carrying one of {@code gates} each. */
    private static Optional<List<OutgoingTransition>> open(int count, NextGate... gates) {
        List<OutgoingTransition> transitions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<NextGate> on = i < gates.length ? List.of(gates[i]) : List.of();
            transitions.add(new OutgoingTransition("Transition " + i, true, on));
        }
        return Optional.of(transitions);
    }

    @Test
    void theOutlookSaysWhyThereIsNoChecklist() {
        IssueSnapshot coding = anIssue().status("Coding").build();
        IssueSnapshot monitoring = anIssue().status("production monitoring").build();

        assertThat(outlook(coding, open(2))).isEqualTo(Outlook.NO_GATE);
        assertThat(outlook(coding, open(0))).isEqualTo(Outlook.LAST_PHASE);
        assertThat(outlook(monitoring, open(1))).isEqualTo(Outlook.LAST_PHASE);
        assertThat(outlook(coding, Optional.empty())).isEqualTo(Outlook.WORKFLOW_UNKNOWN);
    }

    private static Outlook outlook(IssueSnapshot issue, Optional<List<OutgoingTransition>> transitions) {
        return ReadinessChecklists.forViewer(issue, transitions, Optional.empty())
                .outlook();
    }

    @Test
    void onlyTheGatesOfTransitionsTheViewerCanTakeGetAChecklist() {
        IssueSnapshot rfc = anIssue("PG-1").type("RFC").status("RFC").build();
        PhaseGate gate = gate("block", Map.of("rule", "field-present", "field", PROBLEM.id()));
        NextGate toUx = toUx(gate);
        NextGate cancel = NextGate.readable("Cancel", "Cancelled", gate);

        ReadinessChecklist mixed = ReadinessChecklists.forViewer(
                rfc,
                Optional.of(List.of(
                        new OutgoingTransition("Start UX Design", false, List.of(toUx)),
                        new OutgoingTransition("Cancel", true, List.of(cancel)))),
                Optional.empty());

        assertThat(mixed.outlook()).isEqualTo(Outlook.GATED);
        assertThat(mixed.gates()).extracting(GateChecklist::transition).containsExactly("Cancel");
        assertThat(mixed.hiddenGates()).isEqualTo(1);
    }

    @Test
    void aViewerWhoCanTakeNoGatedTransitionIsToldSo() {
        IssueSnapshot rfc = anIssue("PG-1").type("RFC").status("RFC").build();
        NextGate toUx = toUx(gate("block", Map.of("rule", "field-present", "field", PROBLEM.id())));

        ReadinessChecklist hidden = ReadinessChecklists.forViewer(
                rfc,
                Optional.of(List.of(
                        new OutgoingTransition("Start UX Design", false, List.of(toUx)),
                        new OutgoingTransition("Comment only", true, List.of()))),
                Optional.empty());
        ReadinessChecklist nothingAvailable = ReadinessChecklists.forViewer(
                rfc,
                Optional.of(List.of(new OutgoingTransition("Start UX Design", false, List.of(toUx)))),
                Optional.empty());

        assertThat(hidden.outlook()).isEqualTo(Outlook.NOT_FOR_VIEWER);
        assertThat(hidden.gates()).isEmpty();
        assertThat(hidden.hiddenGates()).isEqualTo(1);
        assertThat(nothingAvailable.outlook()).isEqualTo(Outlook.NOT_FOR_VIEWER);
    }

    @Test
    void relatedIssuesAreTheLinkedRfcsDeepDivesAndTestsEachOnce() {
        IssueSnapshot story = anIssue()
                .link("Relates", "relates to", Direction.OUTWARD, linkedIssue("PG-2", "RFC", "UX Design"))
                .link("Blocks", "is blocked by", Direction.INWARD, linkedIssue("PG-2", "RFC", "UX Design"))
                .link("Relates", "relates to", Direction.OUTWARD, linkedIssue("PG-3", "Technical Deep-dive", "Coding"))
                .testedBy(linkedIssue("PG-4", "Task", "Open"))
                .link("Relates", "relates to", Direction.OUTWARD, linkedIssue("PG-5", "Test", "Open"))
                .link("Relates", "relates to", Direction.OUTWARD, linkedIssue("PG-6", "Bug", "Open"))
                .build();

        RelatedIssues related = RelatedIssues.of(story);

        assertThat(related.rfcs()).extracting(r -> r.key().value()).containsExactly("PG-2");
        assertThat(related.deepDives()).extracting(r -> r.key().value()).containsExactly("PG-3");
        assertThat(related.tests()).extracting(r -> r.key().value()).containsExactly("PG-4", "PG-5");
        assertThat(related.isEmpty()).isFalse();
        assertThat(RelatedIssues.of(anIssue().build()).isEmpty()).isTrue();
    }

    @Test
    void phasesAreFoundByTheirStatusName() {
        assertThat(Phase.ofStatus(" Technical deep-dive ")).contains(Phase.TECHNICAL_DEEP_DIVE);
        assertThat(Phase.TECHNICAL_DEEP_DIVE.number()).isEqualTo(3);
        assertThat(Phase.ofStatus("In Progress")).isEmpty();
        assertThat(Phase.ofStatus(null)).isEmpty();
        assertThat(Phase.PRODUCTION_MONITORING.isLast()).isTrue();
        assertThat(Phase.CODING.isLast()).isFalse();
    }

    @Test
    void aNextGateIsEitherReadableOrBroken() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new NextGate("t", "s", Optional.empty(), List.of(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnreadableGateSetToAllowDoesNotBlock() {
        ConfigProblem problem = new ConfigProblem("$", Message.of(MessageKey.CONFIG_NOT_JSON, "line 1"));

        GateChecklist checklist = GateChecklists.of(
                NextGate.unreadable("Start UX Design", "UX Design", List.of(problem), false),
                anIssue().build());

        assertThat(checklist.blocks()).isFalse();
    }

    @Test
    void thePanelIsShownOnTheListedIssueTypes() {
        PanelAudience standard = PanelAudience.parse(null);

        assertThat(standard.includes("rfc")).isTrue();
        assertThat(standard.includes("Technical Deep-dive")).isTrue();
        assertThat(standard.includes("Story")).isTrue();
        assertThat(standard.includes("Bug")).isFalse();
        assertThat(standard.includes(null)).isFalse();
        assertThat(PanelAudience.parse(" , ").includes("Story")).isTrue();
        assertThat(PanelAudience.parse("Bug, Epic").includes("epic")).isTrue();
        assertThat(PanelAudience.parse("Bug, Epic").includes("Story")).isFalse();
        assertThat(PanelAudience.parse("*").includes("Anything")).isTrue();
        assertThat(PanelAudience.parse("Epic, Bug").toString()).isEqualTo("bug, epic");
        assertThat(PanelAudience.parse("*").toString()).isEqualTo("*");
    }
}
