package io.phasegate.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import io.phasegate.core.setup.Inventory;
import io.phasegate.core.setup.PhasegateBlueprint;
import io.phasegate.core.setup.ProjectRef;
import io.phasegate.core.setup.SetupMessage;
import io.phasegate.core.setup.SetupPlan;
import io.phasegate.core.setup.SetupPlanner;
import io.phasegate.core.setup.SetupReport;
import io.phasegate.core.setup.SetupStep;
import io.phasegate.core.setup.StepAction;
import io.phasegate.core.setup.StepKind;
import io.phasegate.core.setup.StepOutcome;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.setup.JiraSetupPort;
import io.phasegate.jira.testing.JiraDoubles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The set-up page's view model: rows, lozenges and texts in the administrator's language. */
class SetupPageViewTest {
    private static final ProjectRef PAY = new ProjectRef("PAY", "Payments");
    private static final ProjectRef OPS = new ProjectRef("OPS", "Operations");
    private static final SetupForm FORM = new SetupForm("/jira/plugins/servlet/phasegate/setup", "atl_token", "t1");

    private final SetupPageView view = new SetupPageView(
            new JiraMessages(JiraDoubles.authenticationContext(), mock(CustomFieldManager.class)),
            JiraDoubles.authenticationContext());
    private final SetupPlan plan =
            new SetupPlanner(PhasegateBlueprint.standard()).plan(Inventory.empty(JiraSetupPort.AUTOMATED), PAY);

    @Test
    void previewListsEveryPlannedStepInOrderWithItsLozengeAndReason() {
        Map<String, Object> page = view.preview(FORM, List.of(OPS, PAY), Optional.of(plan), List.of());

        List<Map<String, Object>> steps = rows(page, "steps");
        assertThat(steps)
                .extracting(r -> r.get("number"))
                .containsExactlyElementsOf(
                        plan.steps().stream().map(SetupStep::number).toList());
        assertThat(row(steps, "Coding"))
                .containsEntry("kind", "Status")
                .containsEntry("action", "Create")
                .containsEntry("lozenge", "aui-lozenge-complete")
                .containsEntry("reason", "Not in Jira yet; Phasegate creates it.");
        assertThat(row(steps, "RFC"))
                .containsEntry("kind", "Issue type")
                .containsEntry("action", "Create")
                .containsEntry("lozenge", "aui-lozenge-complete");
        assertThat(row(steps, "Phasegate RFC Screen"))
                .containsEntry("kind", "Screen")
                .containsEntry("action", "Create")
                .containsEntry("lozenge", "aui-lozenge-complete");
        assertThat(steps)
                .filteredOn(r -> r.get("kind").equals("Project screens"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r).containsEntry("action", "Manual").containsEntry("lozenge", "aui-lozenge-current");
                    assertThat((String) r.get("reason")).startsWith("Project Payments (PAY): in its issue type");
                });
        assertThat(page).containsEntry("hasPlan", true).containsEntry("canApply", true);
        assertThat(page).containsEntry("projectKey", "PAY").containsEntry("projectName", "Payments");
    }

    @Test
    void aReusedFieldIsNamedWithItsIdSoFieldsOfTheSameNameCanBeToldApart() {
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        CustomField estimate = JiraDoubles.customField("customfield_10016", "Story point estimate");
        when(customFields.getCustomFieldObject("customfield_10016")).thenReturn(estimate);
        SetupPageView jiraView = new SetupPageView(
                new JiraMessages(JiraDoubles.authenticationContext(), customFields),
                JiraDoubles.authenticationContext());
        SetupStep reuse = new SetupStep(
                1,
                StepKind.FIELD,
                "story-points",
                "Story Points",
                StepAction.REUSE,
                Optional.of("customfield_10016"),
                SetupMessage.of("reason.field-equivalent", "Story point estimate", "customfield_10016"),
                List.of(),
                List.of());

        Map<String, Object> page =
                jiraView.preview(FORM, List.of(PAY), Optional.of(new SetupPlan(PAY, List.of(reuse))), List.of());

        assertThat(rows(page, "steps").get(0))
                .containsEntry("action", "Reuse")
                .containsEntry("lozenge", "aui-lozenge-success")
                .containsEntry(
                        "reason",
                        "Uses the existing field \"Story point estimate\" (customfield_10016), which holds the same information.");
    }

    @Test
    void previewMarksTheChosenProjectAndCarriesTheTokenForTheApplyForm() {
        Map<String, Object> page = view.preview(FORM, List.of(OPS, PAY), Optional.of(plan), List.of());

        assertThat(rows(page, "projects"))
                .extracting(r -> r.get("key") + ":" + r.get("selected"))
                .containsExactly("OPS:false", "PAY:true");
        assertThat(page)
                .containsEntry("formAction", "/jira/plugins/servlet/phasegate/setup")
                .containsEntry("tokenParameter", "atl_token")
                .containsEntry("token", "t1");
    }

    @Test
    void countsEachPlannedActionOnce() {
        Map<String, Object> page = view.preview(FORM, List.of(PAY), Optional.of(plan), List.of());

        assertThat(rows(page, "planCounts"))
                .extracting(r -> r.get("label") + "=" + r.get("count"))
                .containsExactly(
                        "Create=" + plan.steps(StepAction.CREATE).size(),
                        "Manual=" + plan.steps(StepAction.MANUAL).size());
    }

    @Test
    void aPlanWithNothingToCreateOffersNoApplyButton() {
        SetupStep manual = step(1, StepAction.MANUAL, SetupMessage.of("manual.issue-type", "RFC"));
        SetupPlan nothing = new SetupPlan(PAY, List.of(manual));

        Map<String, Object> page = view.preview(FORM, List.of(PAY), Optional.of(nothing), List.of());

        assertThat(page).containsEntry("hasPlan", true).containsEntry("canApply", false);
    }

    @Test
    void aProjectLeftWithManualStepsIsToldToFinishThemAFullySetUpProjectIsToldItIsSetUp() {
        SetupStep manual = step(1, StepAction.MANUAL, SetupMessage.of("manual.project-screens", "a", "b", "c", "d"));
        SetupStep present = step(1, StepAction.ALREADY_PRESENT, SetupMessage.of("reason.present"));

        String open = rendered(new SetupPlan(PAY, List.of(manual)));
        String done = rendered(new SetupPlan(PAY, List.of(present)));

        assertThat(open).contains("Finish the steps marked Manual or Conflict").doesNotContain("the project is set up");
        assertThat(done)
                .contains("no step is left for an administrator: the project is set up.")
                .doesNotContain("Finish the steps marked Manual or Conflict");
    }

    private String rendered(SetupPlan plan) {
        Map<String, Object> page = view.preview(FORM, List.of(PAY), Optional.of(plan), List.of());
        return org.jsoup.Jsoup.parse(io.phasegate.jira.testing.Templates.render(SetupAdminServlet.TEMPLATE, page))
                .select(".aui-message")
                .text();
    }

    @Test
    void withoutAProjectThereIsOnlyThePickerAndTheNotices() {
        Map<String, Object> page = view.preview(
                FORM, List.of(PAY), Optional.empty(), List.of(Notice.error("phasegate.admin.unknown-project", "NOPE")));

        assertThat(page).containsEntry("hasPlan", false).containsEntry("hasReport", false);
        assertThat(rows(page, "notices"))
                .containsExactly(Map.of(
                        "type",
                        "error",
                        "text",
                        "There is no project with the key \"NOPE\". Choose a project from the list."));
    }

    @Test
    void aFailedStepIsRedWithJirasReasonAndTheNextActionSaysToFixAndRerun() {
        SetupStep done = step(1, StepAction.CREATE, SetupMessage.of("reason.absent"));
        SetupStep broken = step(2, StepAction.CREATE, SetupMessage.of("reason.absent"));
        SetupStep later = step(3, StepAction.CREATE, SetupMessage.of("reason.absent"));
        SetupReport report = new SetupReport(
                PAY,
                List.of(
                        new StepOutcome(done, StepOutcome.Result.DONE, Optional.of("10000"), Optional.empty()),
                        new StepOutcome(
                                broken,
                                StepOutcome.Result.FAILED,
                                Optional.empty(),
                                Optional.of(SetupMessage.of("outcome.unexpected", "IllegalStateException: disk full"))),
                        new StepOutcome(
                                later,
                                StepOutcome.Result.NOT_ATTEMPTED,
                                Optional.empty(),
                                Optional.of(SetupMessage.of("outcome.after-failure")))));

        Map<String, Object> page = view.report(FORM, List.of(PAY), report);

        List<Map<String, Object>> outcomes = rows(page, "outcomes");
        assertThat(outcomes.get(0)).containsEntry("result", "Done").containsEntry("lozenge", "aui-lozenge-success");
        assertThat(outcomes.get(1))
                .containsEntry("result", "Failed")
                .containsEntry("lozenge", "aui-lozenge-error")
                .containsEntry("failed", true)
                .containsEntry("detail", "Jira refused: IllegalStateException: disk full");
        assertThat(outcomes.get(2))
                .containsEntry("result", "Not attempted")
                .containsEntry("detail", "Not attempted: an earlier step failed.");
        assertThat(page.get("nextAction"))
                .isEqualTo("Fix the cause shown at the failed step and run set-up again: "
                        + "what was done is found and not repeated.");
        assertThat(rows(page, "notices")).singleElement().satisfies(n -> assertThat(n)
                .containsEntry("type", "error"));
        assertThat(page).containsEntry("hasReport", true).containsEntry("hasPlan", false);
    }

    @Test
    void aRunThatLeavesManualStepsIsYellowAndACompleteRunGreen() {
        SetupStep manual = step(1, StepAction.MANUAL, SetupMessage.of("manual.issue-type", "RFC"));
        SetupStep created = step(2, StepAction.CREATE, SetupMessage.of("reason.absent"));
        StepOutcome needsAdmin =
                new StepOutcome(manual, StepOutcome.Result.NEEDS_ADMIN, Optional.empty(), Optional.of(manual.reason()));
        StepOutcome done = new StepOutcome(created, StepOutcome.Result.DONE, Optional.of("1"), Optional.empty());

        Map<String, Object> open = view.report(FORM, List.of(PAY), new SetupReport(PAY, List.of(needsAdmin, done)));
        Map<String, Object> complete = view.report(FORM, List.of(PAY), new SetupReport(PAY, List.of(done)));

        assertThat(rows(open, "notices").get(0)).containsEntry("type", "warning");
        assertThat(rows(open, "outcomes").get(0))
                .containsEntry("result", "Needs administrator")
                .containsEntry("lozenge", "aui-lozenge-current");
        assertThat(open.get("nextAction"))
                .isEqualTo("Finish the steps marked for an administrator, then run set-up again to check.");
        assertThat(rows(complete, "notices").get(0))
                .containsEntry("type", "success")
                .containsEntry("text", "Set-up of PAY is complete.");
        assertThat(complete.get("nextAction")).isEqualTo("Set-up is complete.");
    }

    private static SetupStep step(int number, StepAction action, SetupMessage reason) {
        return new SetupStep(
                number,
                StepKind.STATUS,
                "s" + number,
                "Status " + number,
                action,
                Optional.empty(),
                reason,
                List.of(),
                List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> page, String key) {
        return (List<Map<String, Object>>) page.get(key);
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String name) {
        return rows.stream().filter(r -> name.equals(r.get("name"))).findFirst().orElseThrow();
    }
}
