package io.phasegate.jira.panel;

import static io.phasegate.jira.panel.Workflows.action;
import static io.phasegate.jira.panel.Workflows.emptyStep;
import static io.phasegate.jira.panel.Workflows.gate;
import static io.phasegate.jira.panel.Workflows.otherValidator;
import static io.phasegate.jira.panel.Workflows.step;
import static io.phasegate.jira.panel.Workflows.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.TransitionOptions;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.issue.ViewerVisibility;
import io.phasegate.jira.testing.JiraDoubles;
import io.phasegate.jira.testing.Templates;
import io.phasegate.jira.workflow.GateConfigCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The panel's context built from Mockito'd Jira managers over real workflow descriptors, rendered
 * by real Velocity with the plugin's template, for each state the panel must handle.
 */
class PhasegatePanelTest {
    private static final String TEMPLATE = "templates/panel/phasegate-panel.vm";
    private static final String PROBLEM = "customfield_10100";
    private static final String LINES = "customfield_10200";
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private final WorkflowManager workflowManager = mock(WorkflowManager.class);
    private final IssueWorkflowManager issueWorkflows = mock(IssueWorkflowManager.class);
    private final ApplicationUser viewer = mock(ApplicationUser.class);
    private final JiraWorkflow jiraWorkflow = mock(JiraWorkflow.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueLinkManager issueLinks = mock(IssueLinkManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final List<CustomField> allFields = new ArrayList<>();
    private final PermissionManager permissions = mock(PermissionManager.class);
    /** Issues the viewer may not browse. */
    private final Set<Issue> notBrowsable = new HashSet<>();

    private PhasegatePanelContextProvider provider;
    private Issue issue;

    @BeforeEach
    void setUp() {
        com.atlassian.jira.security.JiraAuthenticationContext authentication = JiraDoubles.authenticationContext();
        when(authentication.getLoggedInUser()).thenReturn(viewer);
        JiraMessages messages = new JiraMessages(authentication, customFields);
        provider = new PhasegatePanelContextProvider(
                new JiraNextGates(workflowManager, issueWorkflows, authentication, new GateConfigCodec()),
                new JiraIssueSnapshots(customFields, issueLinks),
                new BusinessLinesField(customFields),
                messages,
                new PanelLinks(application),
                new ViewerVisibility(permissions, authentication));
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), eq(viewer)))
                .thenAnswer(call -> !notBrowsable.contains(call.getArgument(1)));
        // Jira under a context path; the panel's links stay on whatever host the user came through.
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/jira/");
        when(customFields.getCustomFieldObjects()).thenReturn(allFields);
        issue = JiraDoubles.issue(10001L, "PG-1", "RFC", "RFC", "new");
        when(workflowManager.getWorkflow(issue)).thenReturn(jiraWorkflow);
    }

    private CustomField field(String id, String name, Object value) {
        CustomField field = JiraDoubles.customField(id, name);
        when(customFields.getCustomFieldObject(id)).thenReturn(field);
        when(issue.getCustomFieldValue(field)).thenReturn(value);
        allFields.add(field);
        return field;
    }

    /** The issue sits in step 1 of {@code descriptor}; the viewer can take every transition leaving it. */
    private void workflowIs(WorkflowDescriptor descriptor) {
        when(jiraWorkflow.getDescriptor()).thenReturn(descriptor);
        when(jiraWorkflow.getLinkedStep(issue.getStatus())).thenReturn(descriptor.getStep(1));
        List<ActionDescriptor> all = new ArrayList<>();
        for (Object action : descriptor.getStep(1).getActions()) {
            all.add((ActionDescriptor) action);
        }
        viewerCanTake(all);
    }

    /** What Jira answers when asked which transitions the viewer can take on the issue. */
    private void viewerCanTake(List<ActionDescriptor> actions) {
        when(issueWorkflows.getSortedAvailableActions(eq(issue), any(TransitionOptions.class), eq(viewer)))
                .thenReturn(actions);
    }

    private static ActionDescriptor actionOf(WorkflowDescriptor descriptor, int step, int index) {
        return (ActionDescriptor) descriptor.getStep(step).getActions().get(index);
    }

    private static String problemStatementGate() {
        return "{\"gate\":\"Ready for UX\",\"rules\":[{\"rule\":\"field-present\",\"field\":\"" + PROBLEM
                + "\"},{\"rule\":\"linked-issue\",\"issueTypes\":[\"Mock-up\"]}]}";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> panel() {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        return (Map<String, Object>) provider.getContextMap(context).get("panel");
    }

    private Document rendered() {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        return Jsoup.parse(Templates.render(
                TEMPLATE, Map.of("panel", provider.getContextMap(context).get("panel"))));
    }

    @Test
    void showsThePhaseAndTheNextGateChecklistWithWhatIsMissingAndWhereToFixIt() {
        field(PROBLEM, "Problem Statement", null);
        workflowIs(workflow(
                step(
                        1,
                        "RFC",
                        action(11, "Start UX Design", 2, otherValidator(), gate(problemStatementGate(), "block"))),
                emptyStep(2, "UX Design")));

        Document html = rendered();

        assertThat(html.select(".phasegate-phase").text()).contains("RFC").contains("Phase 1 of 8");
        assertThat(html.select(".phasegate-gate h4").text()).isEqualTo("Start UX Design \u2192 UX Design");
        assertThat(html.select(".phasegate-gate-summary").text())
                .contains("Not ready")
                .contains("0 of 2 ready");
        assertThat(html.select(".phasegate-item-missing")).hasSize(2);
        assertThat(html.select(".phasegate-item-label").eachText())
                .containsExactly("Problem Statement", "Linked issues");
        assertThat(html.select(".phasegate-item-message").first().text())
                .isEqualTo("The field Problem Statement is empty. Fill it in before this transition.");
        assertThat(html.select("a.phasegate-item-fix").eachAttr("href"))
                .containsExactly(
                        "/jira/secure/EditIssue!default.jspa?id=10001",
                        "/jira/secure/LinkJiraIssue!default.jspa?id=10001");
    }

    @Test
    void aGateOnATransitionAConditionHidesFromTheViewerGetsNoChecklist() {
        field(PROBLEM, "Problem Statement", null);
        WorkflowDescriptor descriptor = workflow(
                step(
                        1,
                        "RFC",
                        action(11, "Start UX Design", 2, gate(problemStatementGate(), "block")),
                        action(12, "Withdraw", 3, gate(problemStatementGate(), "block"))),
                emptyStep(2, "UX Design"),
                emptyStep(3, "Withdrawn"));
        workflowIs(descriptor);
        viewerCanTake(List.of(actionOf(descriptor, 1, 1)));

        Document html = rendered();

        assertThat(html.select(".phasegate-gate h4").eachText()).containsExactly("Withdraw \u2192 Withdrawn");
    }

    @Test
    void aViewerWhoCanTakeNoGatedTransitionIsToldWhyThereIsNoChecklist() {
        field(PROBLEM, "Problem Statement", null);
        WorkflowDescriptor descriptor = workflow(
                step(
                        1,
                        "RFC",
                        action(11, "Start UX Design", 2, gate(problemStatementGate(), "block")),
                        action(12, "Comment", 1)),
                emptyStep(2, "UX Design"));
        workflowIs(descriptor);
        viewerCanTake(List.of(actionOf(descriptor, 1, 1)));

        Document html = rendered();

        assertThat(html.select(".phasegate-gate")).isEmpty();
        assertThat(html.select(".phasegate-outlook-not-for-viewer").text())
                .startsWith(
                        "The transitions from this status that carry a Phasegate gate (1) are not available to you");
    }

    @Test
    void aSatisfiedRuleIsShownAsDoneWithoutAFixLink() {
        field(PROBLEM, "Problem Statement", "Checkout takes 9 seconds");
        workflowIs(workflow(
                step(1, "RFC", action(11, "Start UX Design", 2, gate(problemStatementGate(), "block"))),
                emptyStep(2, "UX Design")));

        Document html = rendered();

        assertThat(html.select(".phasegate-item-passed .phasegate-item-label").text())
                .isEqualTo("Problem Statement");
        assertThat(html.select(".phasegate-item-passed a")).isEmpty();
        assertThat(html.select(".phasegate-gate-summary").text()).contains("1 of 2 ready");
    }

    @Test
    void noGateOnAnyOutgoingTransitionSaysSo() {
        workflowIs(
                workflow(step(1, "Coding", action(11, "Build", 2, otherValidator())), emptyStep(2, "Build Pipeline")));

        Map<String, Object> panel = panel();

        assertThat(panel.get("outlook")).isEqualTo("no-gate");
        assertThat(rendered().select(".phasegate-outlook").text())
                .startsWith("No Phasegate gate on the transitions from this status");
    }

    @Test
    void theLastPhaseHasNoNextGate() {
        issue = JiraDoubles.issue(10001L, "PG-1", "Story", "Production Monitoring", "done");
        when(workflowManager.getWorkflow(issue)).thenReturn(jiraWorkflow);
        workflowIs(workflow(step(1, "Production Monitoring", action(11, "Reopen", 2)), emptyStep(2, "Coding")));

        Document html = rendered();

        assertThat(html.select(".phasegate-outlook-last-phase").text()).startsWith("This is the last phase");
        assertThat(html.select(".phasegate-phase").text()).contains("Phase 8 of 8");
        assertThat(html.select(".phasegate-gate")).isEmpty();
    }

    @Test
    void aMisconfiguredGateIsNamedWithItsProblemsNotABrokenPanel() {
        workflowIs(workflow(
                step(1, "RFC", action(11, "Start UX Design", 2, gate("{\"gate\": ", "block"))),
                emptyStep(2, "UX Design")));

        Document html = rendered();

        assertThat(html.select(".phasegate-gate-summary").text())
                .contains("The gate on this transition is misconfigured");
        assertThat(html.select(".phasegate-problems li").text())
                .startsWith("$: The gate configuration is not valid JSON");
    }

    @Test
    void aDeletedCustomFieldIsReportedAsCannotBeCheckedWithItsId() {
        // customfield_10100 no longer exists: getCustomFieldObject returns null
        workflowIs(workflow(
                step(1, "RFC", action(11, "Start UX Design", 2, gate(problemStatementGate(), "block"))),
                emptyStep(2, "UX Design")));

        Document html = rendered();

        assertThat(html.select(".phasegate-item-cannot-check .phasegate-item-label")
                        .text())
                .isEqualTo(PROBLEM);
        assertThat(html.select(".phasegate-item-cannot-check .phasegate-item-message")
                        .text())
                .isEqualTo(
                        "The field customfield_10100 does not exist in this Jira. Ask a Jira administrator to fix the gate configuration.");
        assertThat(html.select(".phasegate-item-cannot-check div.phasegate-item-fix")
                        .text())
                .isEqualTo("Ask a Jira administrator to fix the gate.");
    }

    @Test
    void anUnreadableWorkflowOrAFailureGivesOneClearSentence() {
        when(workflowManager.getWorkflow(issue)).thenReturn(null);
        assertThat(rendered().select(".phasegate-outlook-workflow-unknown").text())
                .startsWith("The workflow of this issue could not be read");

        when(workflowManager.getWorkflow(issue)).thenThrow(new IllegalStateException("database down"));
        Document failed = rendered();
        assertThat(failed.select(".aui-message-warning").text())
                .isEqualTo(
                        "The Phasegate panel could not be shown for this issue. Ask a Jira administrator to look at the Jira log.");
        assertThat(failed.text()).doesNotContain("database down");
    }

    @Test
    void aCpoCoordinatedRfcIsFlaggedWithItsBusinessLines() {
        field(LINES, "Business Lines", List.of(option("Retail"), option("Wholesale")));
        workflowIs(workflow(step(1, "RFC", action(11, "Start UX Design", 2)), emptyStep(2, "UX Design")));

        Document html = rendered();

        assertThat(html.select(".phasegate-cpo .aui-lozenge").text()).isEqualTo("CPO-coordinated");
        assertThat(html.select(".phasegate-cpo-text").text()).contains("Retail, Wholesale");
    }

    @Test
    void anRfcWithoutABusinessLinesFieldSaysCoordinationCannotBeDecided() {
        workflowIs(workflow(step(1, "RFC", action(11, "Start UX Design", 2)), emptyStep(2, "UX Design")));

        Document html = rendered();

        assertThat(html.select(".phasegate-cpo .aui-lozenge")).isEmpty();
        assertThat(html.select(".phasegate-cpo-text").text()).startsWith("This Jira has no Business Lines field");
    }

    @Test
    void linkedRfcsDeepDivesAndTestsAreListedWithLinks() {
        issue = JiraDoubles.issue(10001L, "PG-1", "Story", "Coding", "indeterminate");
        when(workflowManager.getWorkflow(issue)).thenReturn(jiraWorkflow);
        workflowIs(workflow(step(1, "Coding", action(11, "Build", 2)), emptyStep(2, "Build Pipeline")));
        IssueLinkType relates = JiraDoubles.linkType("Relates", "relates to", "relates to");
        IssueLinkType tests = JiraDoubles.linkType("Tests", "tests", "is tested by");
        IssueLink toRfc = JiraDoubles.link(relates, issue, JiraDoubles.issue(2L, "PG-2", "RFC", "UX Design", "new"));
        IssueLink fromTest = JiraDoubles.link(tests, JiraDoubles.issue(3L, "PG-3", "Test", "Open", "new"), issue);
        when(issueLinks.getOutwardLinks(10001L)).thenReturn(List.of(toRfc));
        when(issueLinks.getInwardLinks(10001L)).thenReturn(List.of(fromTest));

        Document html = rendered();

        assertThat(html.select(".phasegate-related h4").eachText()).containsExactly("RFCs", "Tests");
        assertThat(html.select(".phasegate-related a").eachAttr("href"))
                .containsExactly("/jira/browse/PG-2", "/jira/browse/PG-3");
    }

    @Test
    void linkedIssuesTheViewerMayNotBrowseAreCountedButNeitherListedNorNamed() {
        issue = JiraDoubles.issue(10001L, "PG-1", "Story", "Coding", "indeterminate");
        when(workflowManager.getWorkflow(issue)).thenReturn(jiraWorkflow);
        String testedGate = "{\"gate\":\"Tested\",\"rules\":[{\"rule\":\"test-coverage\",\"testIssueTypes\":"
                + "[\"Test\"],\"ignoreStatuses\":[\"Obsolete\"],\"min\":2}]}";
        workflowIs(workflow(
                step(1, "Coding", action(11, "Build", 2, gate(testedGate, "block"))), emptyStep(2, "Build Pipeline")));
        IssueLinkType relates = JiraDoubles.linkType("Relates", "relates to", "relates to");
        IssueLinkType tests = JiraDoubles.linkType("Tests", "tests", "is tested by");
        Issue secretRfc = JiraDoubles.issue(2L, "SEC-2", "RFC", "UX Design", "new");
        Issue secretTest = JiraDoubles.issue(3L, "SEC-3", "Test", "Open", "new");
        Issue obsoleteSecretTest = JiraDoubles.issue(4L, "SEC-60", "Test", "Obsolete", "done");
        Issue visibleTest = JiraDoubles.issue(5L, "PG-5", "Test", "Obsolete", "done");
        notBrowsable.addAll(List.of(secretRfc, secretTest, obsoleteSecretTest));
        List<IssueLink> outward = List.of(JiraDoubles.link(relates, issue, secretRfc));
        List<IssueLink> inward = List.of(
                JiraDoubles.link(tests, secretTest, issue),
                JiraDoubles.link(tests, obsoleteSecretTest, issue),
                JiraDoubles.link(tests, visibleTest, issue));
        when(issueLinks.getOutwardLinks(10001L)).thenReturn(outward);
        when(issueLinks.getInwardLinks(10001L)).thenReturn(inward);

        Document html = rendered();

        assertThat(html.text()).doesNotContain("SEC-").doesNotContain("UX Design");
        assertThat(html.select(".phasegate-related h4").eachText()).containsExactly("RFCs", "Tests");
        assertThat(html.select(".phasegate-related a").eachText()).containsExactly("PG-5");
        assertThat(html.select(".phasegate-related-hidden").eachText())
                .containsExactly("1 more you may not browse is hidden", "2 more you may not browse are hidden");
        assertThat(html.text())
                .contains("Found 1 test cases, 2 required.")
                .contains("Not counted because of its status: PG-5 (Obsolete).")
                .contains("One linked test you may not browse is not counted because of its status.");
    }

    @Test
    void hostileStatusGateFieldAndOptionTextIsEscaped() {
        issue = JiraDoubles.issue(10001L, "PG-1", "RFC", HOSTILE, "new");
        when(issue.getSummary()).thenReturn(HOSTILE);
        when(workflowManager.getWorkflow(issue)).thenReturn(jiraWorkflow);
        field(PROBLEM, HOSTILE, null);
        field(LINES, "Business Lines", List.of(option(HOSTILE), option("</p><script>alert(2)</script>")));
        String hostileGate = "{\"gate\":\"" + HOSTILE.replace("\"", "\\\"")
                + "\",\"rules\":[{\"rule\":\"field-present\"," + "\"field\":\"" + PROBLEM + "\"}]}";
        // OSWorkflow 2.7 re-reads its own XML without escaping names: hostile names are set afterwards.
        WorkflowDescriptor descriptor = workflow(
                step(1, "RFC", action(11, "Start UX Design", 2, gate(hostileGate, "block"))),
                emptyStep(2, "UX Design"));
        ((com.opensymphony.workflow.loader.ActionDescriptor)
                        descriptor.getStep(1).getActions().get(0))
                .setName(HOSTILE);
        descriptor.getStep(2).setName("\"><b>UX</b>");
        workflowIs(descriptor);

        String html = Templates.render(TEMPLATE, Map.of("panel", panel()));
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("img, script")).isEmpty();
        assertThat(html).doesNotContain("<img").doesNotContain("<script");
        assertThat(doc.select(".phasegate-phase .aui-lozenge").text()).isEqualTo(HOSTILE);
        assertThat(doc.select(".phasegate-item-label").text()).isEqualTo(HOSTILE);
        assertThat(doc.select(".phasegate-gate-name").text()).isEqualTo(HOSTILE);
        assertThat(doc.select(".phasegate-gate h4").text()).isEqualTo(HOSTILE + " \u2192 \"><b>UX</b>");
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.select(".phasegate-cpo-text").text()).contains(HOSTILE).contains("<script>alert(2)</script>");
    }

    @Test
    void withoutAnIssueInTheContextThePanelSaysItCannotBeShown() {
        @SuppressWarnings("unchecked")
        Map<String, Object> panel =
                (Map<String, Object>) provider.getContextMap(new HashMap<>()).get("panel");

        assertThat((String) panel.get("error")).startsWith("The Phasegate panel could not be shown");
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(value);
        return option;
    }
}
