package io.phasegate.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.query.Query;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.panel.BusinessLinesField;
import io.phasegate.jira.panel.CpoLabels;
import io.phasegate.jira.panel.CpoRelabelling;
import io.phasegate.jira.setup.SetupDoubles;
import io.phasegate.jira.testing.JiraDoubles;
import io.phasegate.jira.testing.Templates;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The set-up page over real servlet request/response objects, the real set-up engine and Jira
 * adapters on Mockito doubles of Jira's managers and SAL services, rendered by real Velocity.
 */
class SetupAdminServletTest {
    private static final String TOKEN = "a1b2c3";
    private static final UserKey ADMIN = new UserKey("admin");
    private static final UserKey DEVELOPER = new UserKey("dev");

    private final JiraAuthenticationContext authentication = JiraDoubles.authenticationContext();
    private final SetupJira jira = new SetupJira(authentication);
    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
    private final XsrfTokenValidator tokenValidator = mock(XsrfTokenValidator.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final SearchService search = mock(SearchService.class);
    private final LabelManager labels = mock(LabelManager.class);
    private final TemplateRenderer velocity =
            (template, context, writer) -> writer.write(Templates.render(template, context));
    private SetupAdminServlet servlet;

    @AfterEach
    void closeJira() {
        jira.close();
    }

    @BeforeEach
    void jira() {
        lenient().when(users.getRemoteUserKey()).thenReturn(ADMIN);
        lenient().when(users.isAdmin(ADMIN)).thenReturn(true);
        lenient().when(webSudo.canExecuteRequest(any())).thenReturn(true);
        lenient().when(tokens.getXsrfToken(any(), any(), eq(true))).thenReturn(TOKEN);
        lenient().when(tokenValidator.getXsrfParameterName()).thenReturn("atl_token");
        lenient()
                .when(tokenValidator.validateFormEncodedToken(any()))
                .thenAnswer(
                        inv -> TOKEN.equals(((MockHttpServletRequest) inv.getArgument(0)).getParameter("atl_token")));
        lenient()
                .when(login.getLoginUri(any()))
                .thenAnswer(inv -> URI.create("/jira/login.jsp?os_destination=" + inv.getArgument(0, URI.class)));
        projects(project("PAY", "Payments"), project("OPS", "Operations"));
        JiraMessages messages = new JiraMessages(authentication, mock(CustomFieldManager.class));
        servlet = new SetupAdminServlet(
                new AdminAccess(users, login, webSudo),
                tokens,
                tokenValidator,
                velocity,
                projectManager,
                jira.setup(),
                new SetupPageView(messages, authentication),
                relabelling());
    }

    /** Relabelling over a Jira with a Business Lines field and one two-line RFC in PAY. */
    private CpoRelabelling relabelling() {
        CustomFieldManager fields = mock(CustomFieldManager.class);
        CustomField lines = JiraDoubles.customField("customfield_10200", "Business Lines");
        lenient().when(fields.getCustomFieldObjects()).thenReturn(List.of(lines));
        lenient().when(fields.getCustomFieldObject("customfield_10200")).thenReturn(lines);
        Issue rfc = JiraDoubles.issue(7L, "PAY-7", "RFC", "RFC", "new");
        Option retail = mock(Option.class);
        Option wholesale = mock(Option.class);
        lenient().when(retail.getValue()).thenReturn("Retail");
        lenient().when(wholesale.getValue()).thenReturn("Wholesale");
        lenient().when(rfc.getCustomFieldValue(lines)).thenReturn(List.of(retail, wholesale));
        lenient()
                .when(search.parseQuery(any(), anyString()))
                .thenReturn(new SearchService.ParseResult(mock(Query.class), null));
        try {
            lenient()
                    .when(search.searchOverrideSecurity(any(), any(), any()))
                    .thenReturn(new SearchResults<>(List.of(rfc), 1, 200, 0));
        } catch (SearchException e) {
            throw new AssertionError(e);
        }
        return new CpoRelabelling(
                search,
                authentication,
                new CpoLabels(
                        labels,
                        new JiraIssueSnapshots(fields, mock(IssueLinkManager.class)),
                        new BusinessLinesField(fields)));
    }

    @Test
    void anAdministratorCanLabelTheExistingCpoCoordinatedRfcsOfTheProject() throws Exception {
        MockHttpServletRequest request = request("POST", "PAY");
        request.addParameter("atl_token", TOKEN);
        request.addParameter("operation", "cpo-labels");
        MockHttpServletResponse response = new MockHttpServletResponse();

        servlet.service(request, response);

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".aui-message-success").text())
                .isEqualTo("CPO labels of PAY are up to date: 1 RFCs checked, label added to 1, removed from 0.");
        verify(labels).setLabels(any(), eq(7L), eq(java.util.Set.of("phasegate-cpo-coordinated")), eq(false), eq(true));
        verify(jira.statusManager, never()).createStatus(anyString(), anyString(), anyString());
        assertThat(page.select("form#phasegate-cpo-labels input[name=operation]")
                        .val())
                .isEqualTo("cpo-labels");
    }

    @Test
    void relabellingWithoutAValidTokenChangesNoLabel() throws Exception {
        MockHttpServletRequest request = request("POST", "PAY");
        request.addParameter("atl_token", "forged");
        request.addParameter("operation", "cpo-labels");
        MockHttpServletResponse response = new MockHttpServletResponse();

        servlet.service(request, response);

        assertThat(response.getStatus()).isEqualTo(400);
        verify(labels, never()).setLabels(any(), any(), any(), anyBoolean(), anyBoolean());
        verifyNoInteractions(search);
    }

    @Test
    void anonymousUsersAreSentToLoginAndComeBackToThePage() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(null);

        MockHttpServletResponse response = get("PAY");

        assertThat(response.getRedirectedUrl())
                .isEqualTo("/jira/login.jsp?os_destination=/plugins/servlet/phasegate/setup?project=PAY");
        assertNothingPlannedOrCreated();
    }

    @Test
    void usersWhoAreNotAdministratorsGet403AndNothingIsPlanned() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(DEVELOPER);

        MockHttpServletResponse response = get("PAY");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getErrorMessage()).isEqualTo("Only Jira administrators can set up projects for Phasegate.");
        assertNothingPlannedOrCreated();
    }

    @Test
    void aNonAdministratorsPostWithAValidTokenChangesNothing() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(DEVELOPER);

        MockHttpServletResponse response = post("PAY", TOKEN);

        assertThat(response.getStatus()).isEqualTo(403);
        assertNothingPlannedOrCreated();
    }

    @Test
    void systemAdministratorsAreLetIn() throws Exception {
        UserKey sysadmin = new UserKey("root");
        when(users.getRemoteUserKey()).thenReturn(sysadmin);
        when(users.isSystemAdmin(sysadmin)).thenReturn(true);

        assertThat(get("PAY").getStatus()).isEqualTo(200);
    }

    @Test
    void anAdministratorWithoutASecureSessionIsAskedForThePasswordFirst() throws Exception {
        when(webSudo.canExecuteRequest(any())).thenReturn(false);

        get("PAY");

        verify(webSudo).enforceWebSudoProtection(any(), any());
        assertNothingPlannedOrCreated();
    }

    @Test
    void thePreviewListsThePlannedStepsWithLozengesAndAnApplyFormCarryingTheToken() throws Exception {
        Document page = Jsoup.parse(get("PAY").getContentAsString());

        List<Element> rows = page.select("table.phasegate-plan tbody tr");
        assertThat(rows).hasSizeGreaterThan(20);
        assertThat(cells(rows, "Coding"))
                .containsExactly("Status", "Coding", "Create", "Not in Jira yet; Phasegate creates it.");
        assertThat(rows.stream()
                        .filter(r -> r.text().contains("Coding"))
                        .findFirst()
                        .orElseThrow()
                        .select("span.aui-lozenge")
                        .hasClass("aui-lozenge-complete"))
                .isTrue();
        assertThat(cells(rows, "Technical Deep-dive").get(2)).isEqualTo("Create");
        assertThat(cells(rows, "Phasegate RFC Screen").get(2)).isEqualTo("Create");
        Element apply = page.selectFirst("form#phasegate-setup-apply");
        assertThat(apply.attr("method")).isEqualTo("post");
        assertThat(apply.attr("action")).isEqualTo("/jira/plugins/servlet/phasegate/setup");
        assertThat(apply.select("input[name=atl_token]").val()).isEqualTo(TOKEN);
        assertThat(apply.select("input[name=project]").val()).isEqualTo("PAY");
        assertThat(page.select("#phasegate-setup-project option[selected]").val())
                .isEqualTo("PAY");
        verify(jira.statusManager, never()).createStatus(anyString(), anyString(), anyString());
    }

    @Test
    void withoutAProjectThePageOffersThePickerSortedByName() throws Exception {
        Document page = Jsoup.parse(get(null).getContentAsString());

        assertThat(page.select("#phasegate-setup-project option").eachText())
                .containsExactly("Operations (OPS)", "Payments (PAY)");
        assertThat(page.select("table")).isEmpty();
        assertThat(page.select("meta[name=decorator]").attr("content")).isEqualTo("atl.admin");
    }

    @Test
    void hostileProjectNamesKeysAndFieldTypesAreShownAsTextNeverAsMarkup() throws Exception {
        projects(project("PAY", "<script>alert('p')</script>"));
        jira.field("customfield_1", "Hypothesis", "com.evil:type", "<img src=x onerror=alert('t')>");

        String html = get("PAY").getContentAsString();
        Document page = Jsoup.parse(html);
        String unknown = get("<b>NOPE</b>").getContentAsString();

        assertThat(page.select("script, img")).isEmpty();
        assertThat(page.select("#phasegate-setup-project option").text()).contains("<script>alert('p')</script> (PAY)");
        assertThat(page.select("table.phasegate-plan").text())
                .contains("is of type <img src=x onerror=alert('t')>, which Phasegate cannot use");
        assertThat(html).contains("&lt;img src=x onerror=alert(&#39;t&#39;)&gt;");
        assertThat(Jsoup.parse(unknown).select("b")).isEmpty();
        assertThat(Jsoup.parse(unknown).select(".aui-message-error").text())
                .isEqualTo("There is no project with the key \"<b>NOPE</b>\". Choose a project from the list.");
    }

    @Test
    void hostileSchemeAndIssueTypeNamesInTheProjectScreensStepAreShownAsText() throws Exception {
        jira.issueType("1", "<i>Bug</i>");
        Map<String, com.atlassian.jira.issue.fields.screen.FieldScreenScheme> entries = new java.util.HashMap<>();
        entries.put(null, jira.screens.screenScheme("<b>Default</b>"));
        entries.put("1", jira.screens.screenScheme("<img src=y onerror=alert('s')>"));
        jira.screens.project("PAY", jira.screens.issueTypeScreenScheme("<script>alert('itss')</script>", entries));

        String html = get("PAY").getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("table.phasegate-plan script, table.phasegate-plan img, table.phasegate-plan b"))
                .isEmpty();
        assertThat(page.select("table.phasegate-plan i")).isEmpty();
        String plan = page.select("table.phasegate-plan").text();
        assertThat(plan)
                .contains("Replaces the project's issue type screen scheme \"<script>alert('itss')</script>\" by its "
                        + "own new scheme \"Phasegate: PAY issue type screen scheme\"")
                .contains("(default: <b>Default</b>;")
                .contains("<i>Bug</i> → <img src=y onerror=alert('s')>")
                .contains("is kept unchanged");
        assertThat(html).contains("&lt;script&gt;alert(&#39;itss&#39;)&lt;/script&gt;");
    }

    @Test
    void thePreviewSaysWhichWorkflowSchemeIsReplacedKeptAndHowToUndoWithHostileNamesAsText() throws Exception {
        jira.schemes.scheme(10_100L, "<img src=x onerror=alert('w')>", Map.of(), "Software Workflow", "PAY");
        jira.schemes.shareIssueTypeSchemeWith(jira.schemes.project("CARD", "<b>Cards</b>"));

        Document page = Jsoup.parse(get("PAY").getContentAsString());

        List<Element> rows = page.select("table.phasegate-plan tbody tr");
        assertThat(page.select("table.phasegate-plan img, table.phasegate-plan b"))
                .isEmpty();
        assertThat(kindRow(rows, "Project workflow"))
                .containsExactly(
                        "Project workflow",
                        "Payments",
                        "Create",
                        "Replaces the project's workflow scheme \"<img src=x onerror=alert('w')>\" by a new scheme"
                                + " \"Phasegate: PAY workflow scheme\": a copy of every mapping of \"<img src=x"
                                + " onerror=alert('w')>\" (its default too) that also uses \"Phasegate Delivery"
                                + " Workflow\" for RFC, Technical Deep-dive. \"<img src=x onerror=alert('w')>\" is kept"
                                + " untouched and no existing issue changes workflow. To undo: Project settings \u2192"
                                + " Workflows \u2192 Switch scheme \u2192 \"<img src=x onerror=alert('w')>\".");
        assertThat(kindRow(rows, "Project issue types").get(2)).isEqualTo("Manual");
        assertThat(kindRow(rows, "Project issue types").get(3))
                .contains("shares its issue type scheme")
                .contains("<b>Cards</b>");
    }

    @Test
    void aPostWithoutATokenIsRefusedAndChangesNothing() throws Exception {
        MockHttpServletResponse response = post("PAY", null);

        assertRefusedForXsrf(response);
    }

    @Test
    void aPostWithAWrongTokenIsRefusedAndChangesNothing() throws Exception {
        MockHttpServletResponse response = post("PAY", "forged");

        assertRefusedForXsrf(response);
    }

    @Test
    void aPostWithAValidTokenAppliesTheSetupAndShowsEveryOutcome() throws Exception {
        MockHttpServletResponse response = post("PAY", TOKEN);

        assertThat(response.getStatus()).isEqualTo(200);
        verify(jira.statusManager, times(8)).createStatus(anyString(), anyString(), anyString());
        Document page = Jsoup.parse(response.getContentAsString());
        List<Element> rows = page.select("table.phasegate-report tbody tr");
        assertThat(cells(rows, "Coding")).containsExactly("Status", "Coding", "Done", "");
        assertThat(cells(rows, "RFC")).containsExactly("Issue type", "RFC", "Done", "");
        assertThat(cells(rows, "Initiative Source").get(2)).isEqualTo("Done");
        assertThat(cells(rows, "Phasegate Delivery Workflow").get(2)).isEqualTo("Done");
        assertThat(cells(rows, "Phasegate RFC Screen").get(2)).isEqualTo("Done");
        assertThat(page.select(".aui-message-warning").text())
                .isEqualTo("Phasegate did its part of the set-up of PAY; some steps are left for an administrator.");
        assertThat(page.select(".phasegate-next").text())
                .isEqualTo("Next: Finish the steps marked for an administrator, then run set-up again to check.");
    }

    @Test
    void anApplyWhileAnotherRunsOnTheInstanceCreatesNothingAndSaysToWaitAndPreviewAgain() throws Exception {
        when(jira.applyLock.tryLock()).thenReturn(false); // a double click, a second admin or another node

        MockHttpServletResponse response = post("PAY", TOKEN);

        assertThat(response.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".aui-message-warning").text())
                .isEqualTo("Nothing was done for PAY: set-up is already running for this instance (another tab,"
                        + " another administrator or another cluster node started it). Wait until it has finished,"
                        + " then preview again.");
        assertThat(page.select("table.phasegate-report")).isEmpty();
        verifyNoInteractions(jira.issueTypeManager, jira.customFieldManager, jira.statusManager, jira.workflowManager);
        verify(jira.applyLock, never()).unlock();
    }

    @Test
    void anApplyHoldsTheInstanceLockWhileItRunsAndReleasesItEvenWhenReadingJiraFails() throws Exception {
        post("PAY", TOKEN);
        org.mockito.InOrder order = org.mockito.Mockito.inOrder(jira.applyLock, jira.statusManager);
        order.verify(jira.applyLock).tryLock();
        order.verify(jira.statusManager, times(8)).createStatus(anyString(), anyString(), anyString());
        order.verify(jira.applyLock).unlock();

        when(jira.issueTypeManager.getIssueTypes()).thenThrow(new IllegalStateException("database gone"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> post("PAY", TOKEN))
                .hasMessageContaining("database gone");
        verify(jira.applyLock, times(2)).unlock();
    }

    @Test
    void aFailingStepIsShownAsFailedWithJirasReasonAndTheNextAction() throws Exception {
        when(jira.statusManager.createStatus(eq("Coding"), anyString(), anyString()))
                .thenThrow(new IllegalStateException("A status with that name exists"));

        Document page = Jsoup.parse(post("PAY", TOKEN).getContentAsString());

        List<Element> rows = page.select("table.phasegate-report tbody tr");
        Element coding = rows.stream()
                .filter(r -> r.text().contains("Coding"))
                .findFirst()
                .orElseThrow();
        assertThat(coding.hasClass("phasegate-failed")).isTrue();
        assertThat(cells(rows, "Coding"))
                .containsExactly(
                        "Status",
                        "Coding",
                        "Failed",
                        "Jira refused: IllegalStateException: A status with that name exists");
        assertThat(cells(rows, "Build Pipeline"))
                .containsExactly("Status", "Build Pipeline", "Not attempted", "Not attempted: an earlier step failed.");
        assertThat(page.select(".aui-message-error").text())
                .isEqualTo(
                        "Set-up of PAY stopped at a failed step. Steps before it were done; nothing after it was attempted.");
        assertThat(page.select(".phasegate-next").text())
                .isEqualTo("Next: Fix the cause shown at the failed step and run set-up again: "
                        + "what was done is found and not repeated.");
        verify(jira.workflowManager, never()).createWorkflow(any(), any());
    }

    @Test
    void aPostForAProjectThatDoesNotExistChangesNothing() throws Exception {
        MockHttpServletResponse response = post("GONE", TOKEN);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".aui-message-error")
                        .text())
                .isEqualTo("There is no project with the key \"GONE\". Choose a project from the list.");
        verify(jira.statusManager, never()).createStatus(anyString(), anyString(), anyString());
        verify(jira.workflowManager, never()).createWorkflow(any(), any());
    }

    @Test
    void theNewIssueTypesGetDistinctJiraSystemIconsNamedInThePreviewAndTheReport() throws Exception {
        systemIcons(
                avatar(10300L, "genericissue.svg"),
                avatar(10309L, "design_task.svg"),
                avatar(10313L, "requirement.svg"));

        Document preview = Jsoup.parse(get("PAY").getContentAsString());
        Document report = Jsoup.parse(post("PAY", TOKEN).getContentAsString());

        assertThat(preview.select(".phasegate-icons li").eachText())
                .containsExactly(
                        "RFC: Jira's system icon requirement.svg (avatar 10313)",
                        "Technical Deep-dive: Jira's system icon design_task.svg (avatar 10309)");
        verify(jira.issueTypeManager).createIssueType(eq("RFC"), anyString(), eq(10313L));
        verify(jira.issueTypeManager).createIssueType(eq("Technical Deep-dive"), anyString(), eq(10309L));
        assertThat(report.select(".phasegate-icons li").eachText())
                .containsExactly(
                        "RFC: Jira's system icon requirement.svg (avatar 10313)",
                        "Technical Deep-dive: Jira's system icon design_task.svg (avatar 10309)");
        assertThat(Jsoup.parse(get("PAY").getContentAsString()).select(".phasegate-icons"))
                .as("existing issue types keep their icon and are not listed")
                .isEmpty();
    }

    @Test
    void withoutThePreferredIconsOrTheIconListSetupUsesJirasDefaultIconAndSaysSo() throws Exception {
        when(jira.avatarManager.getAllSystemAvatars(IconType.ISSUE_TYPE_ICON_TYPE))
                .thenThrow(new IllegalStateException("avatar table unreadable"));

        Document report = Jsoup.parse(post("PAY", TOKEN).getContentAsString());

        verify(jira.issueTypeManager)
                .createIssueType(eq("RFC"), anyString(), eq(SetupDoubles.DEFAULT_ISSUE_TYPE_AVATAR));
        assertThat(cells(report.select("table.phasegate-report tbody tr"), "RFC")
                        .get(2))
                .isEqualTo("Done");
        assertThat(report.select(".phasegate-icons li").first().text())
                .isEqualTo("RFC: Jira's default issue type icon (this Jira has none of the preferred icons "
                        + "requirement, newfeature)");
    }

    private void systemIcons(Avatar... avatars) {
        when(jira.avatarManager.getAllSystemAvatars(IconType.ISSUE_TYPE_ICON_TYPE))
                .thenReturn(List.of(avatars));
    }

    private static Avatar avatar(Long id, String fileName) {
        Avatar avatar = mock(Avatar.class);
        lenient().when(avatar.getId()).thenReturn(id);
        lenient().when(avatar.getFileName()).thenReturn(fileName);
        return avatar;
    }

    private void assertRefusedForXsrf(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".aui-message-error").text())
                .startsWith("Nothing was changed: the form was not sent from this page in your current session");
        assertThat(page.select("table.phasegate-report")).isEmpty();
        assertThat(page.select("form#phasegate-setup-apply input[name=atl_token]")
                        .val())
                .isEqualTo(TOKEN);
        verify(jira.statusManager, never()).createStatus(anyString(), anyString(), anyString());
        verify(jira.workflowManager, never()).createWorkflow(any(), any());
    }

    private void assertNothingPlannedOrCreated() {
        verifyNoInteractions(
                jira.issueTypeManager,
                jira.customFieldManager,
                jira.constantsManager,
                jira.statusManager,
                jira.workflowManager,
                projectManager);
    }

    private MockHttpServletResponse get(String project) throws Exception {
        MockHttpServletRequest request = request("GET", project);
        if (project != null) {
            request.setQueryString("project=" + project);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        servlet.service(request, response);
        return response;
    }

    private MockHttpServletResponse post(String project, String token) throws Exception {
        MockHttpServletRequest request = request("POST", project);
        if (token != null) {
            request.addParameter("atl_token", token);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        servlet.service(request, response);
        return response;
    }

    private static MockHttpServletRequest request(String method, String project) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/jira/plugins/servlet/phasegate/setup");
        request.setContextPath("/jira");
        if (project != null) {
            request.addParameter("project", project);
        }
        return request;
    }

    private static List<String> kindRow(List<Element> rows, String kind) {
        return rows.stream()
                .map(r -> r.select("td").stream().skip(1).map(Element::text).toList())
                .filter(c -> c.get(0).equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> cells(List<Element> rows, String name) {
        Element row = rows.stream()
                .filter(r -> r.select("td").get(2).text().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
        return row.select("td").stream().skip(1).map(Element::text).toList();
    }

    private void projects(Project... projects) {
        when(projectManager.getProjects()).thenReturn(List.of(projects));
    }

    private static Project project(String key, String name) {
        Project project = mock(Project.class);
        lenient().when(project.getKey()).thenReturn(key);
        lenient().when(project.getName()).thenReturn(name);
        return project;
    }
}
