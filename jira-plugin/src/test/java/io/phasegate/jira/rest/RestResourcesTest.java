package io.phasegate.jira.rest;

import static io.phasegate.jira.testing.JiraDoubles.authenticationContext;
import static io.phasegate.jira.testing.JiraDoubles.customField;
import static io.phasegate.jira.testing.JiraDoubles.mutableIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.phasegate.contract.ContractRoutes;
import io.phasegate.contract.openapi.OpenApiDocument;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.testing.JiraDoubles;
import io.phasegate.jira.workflow.GateConfigCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin's REST resources under real Jersey 2 on the JDK HTTP server, with Jira's managers
 * mocked: ann may browse everything, bo may browse project PG but not issue PG-2 (issue security),
 * cy may not browse PG. Every answer is also checked against docs/rest/openapi.yaml.
 */
class RestResourcesTest {
    static final OpenApiDocument DOC = OpenApiDocument.load();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String GATE =
            "{\"gate\":\"ready\",\"rules\":[{\"rule\":\"story-points\",\"field\":\"customfield_10016\"}]}";

    final ApplicationUser ann = mock(ApplicationUser.class);
    final ApplicationUser bo = mock(ApplicationUser.class);
    final ApplicationUser cy = mock(ApplicationUser.class);
    final AtomicReference<ApplicationUser> caller = new AtomicReference<>();
    /** Whether the caller reads German (Jira's I18nHelper follows the logged-in user's language). */
    final AtomicBoolean german = new AtomicBoolean();

    static final I18nHelper GERMAN = JiraDoubles.i18nHelper(Map.of(
            "phasegate.rest.error.board-not-found",
            "Es gibt kein Board {0}",
            "phasegate.contract.no-sprint-id",
            "Das Board hat keinen Sprint {0}",
            "phasegate.contract.bad-capacity",
            "capacity muss die Kapazit\u00e4t des Teams in Punkten sein, nicht \"{0}\"",
            "phasegate.contract.unsupported-media-type",
            "Senden Sie den Inhalt als JSON (Content-Type: application/json)",
            "phasegate.board.unnamed",
            "Board {0} ohne Namen",
            "phasegate.warning.history.status-unmapped",
            "Status \"{0}\" liegt in keiner Spalte des Boards: solange der Vorgang darin ist, z\u00e4hlt er 0 Punkte"));
    final Fixture boards = new Fixture();
    final MemoryCacheManager caches = new MemoryCacheManager();
    final EventPublisher events = mock(EventPublisher.class);
    final MemorySnapshotStore snapshots = new MemorySnapshotStore();
    final HttpClient client = HttpClient.newHttpClient();
    final List<String> contractProblems = new ArrayList<>();
    final IssueLinkManager issueLinks = mock(IssueLinkManager.class);
    final Map<String, MutableIssue> issuesByKey = new java.util.HashMap<>();
    CacheInvalidation invalidation;
    HttpServer server;

    @BeforeEach
    void start() {
        JiraAuthenticationContext authentication = authenticationContext();
        I18nHelper english = authentication.getI18nHelper();
        lenient().when(authentication.getI18nHelper()).thenAnswer(inv -> german.get() ? GERMAN : english);
        lenient().when(authentication.getLoggedInUser()).thenAnswer(inv -> caller.get());
        PermissionManager permissions = mock(PermissionManager.class);
        ProjectManager projects = mock(ProjectManager.class);
        IssueManager issues = mock(IssueManager.class);
        for (String key : List.of("PG", "SECRET")) {
            Project project = mock(Project.class);
            lenient().when(project.getKey()).thenReturn(key);
            lenient().when(projects.getProjectByCurrentKey(key)).thenReturn(project);
            lenient()
                    .when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(project), eq(ann)))
                    .thenReturn(true);
            lenient()
                    .when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(project), eq(bo)))
                    .thenReturn(key.equals("PG"));
        }
        for (String key : List.of("PG-1", "PG-2", "PG-3")) {
            MutableIssue issue = mutableIssue((long) key.hashCode(), key, "Story", "To Do", "new");
            issuesByKey.put(key, issue);
            lenient().when(issues.getIssueByCurrentKey(key)).thenReturn(issue);
            lenient()
                    .when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(issue), eq(ann)))
                    .thenReturn(true);
            lenient()
                    .when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(issue), eq(bo)))
                    .thenReturn(!key.equals("PG-2"));
        }
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        CustomField storyPoints = customField("customfield_10016", "Story Points");
        lenient().when(customFields.getCustomFieldObject("customfield_10016")).thenReturn(storyPoints);
        JiraMessages messages = new JiraMessages(authentication, customFields);
        Permissions access = new Permissions(authentication, permissions, projects, issues, boards, messages);
        Clock clock = Clock.fixed(Fixture.NOW, ZoneOffset.UTC);
        ApplicationProperties application = mock(ApplicationProperties.class);
        lenient().when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/");
        Answers answers = new Answers(boards, caches, snapshots, application, clock);
        invalidation = new CacheInvalidation(events, answers);
        invalidation.start();
        ResourceConfig config = new ResourceConfig()
                .registerInstances(
                        new BoardResource(boards, answers, access, messages, clock),
                        new MetaResource(access, messages),
                        new GateDryRunResource(
                                access,
                                new GateConfigCodec(),
                                new JiraIssueSnapshots(customFields, issueLinks),
                                messages,
                                customFields),
                        new ContractErrors(messages));
        server = JdkHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:0" + ContractRoutes.BASE + "/"), config);
    }

    @AfterEach
    void stop() {
        invalidation.stop();
        server.stop(0);
        assertThat(contractProblems)
                .as("answers outside docs/rest/openapi.yaml")
                .isEmpty();
    }

    @Test
    void servesExactlyTheDocumentedRoutes() {
        List<ContractRoutes.Route> routes = new ArrayList<>();
        for (Class<?> resource : List.of(BoardResource.class, MetaResource.class, GateDryRunResource.class)) {
            String base = resource.getAnnotation(Path.class).value();
            for (var method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class)
                        ? "GET"
                        : method.isAnnotationPresent(POST.class) ? "POST" : null;
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new ContractRoutes.Route(verb, sub == null ? base : base + "/" + sub.value()));
                }
            }
        }
        assertThat(routes).containsExactlyInAnyOrderElementsOf(DOC.routes());
    }

    @Test
    void anonymousCallersAreAskedToLogIn() throws Exception {
        caller.set(null);

        for (String path : List.of("/meta", "/boards", "/boards/7/health", "/boards/7/coverage")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(code(response)).isEqualTo("not-logged-in");
        }
    }

    @Test
    void boardsListOnlyWhatTheCallerMayBrowse() throws Exception {
        caller.set(ann);
        assertThat(get("/boards").body())
                .isEqualTo("{\"boards\":[{\"id\":7,\"name\":\"PG board\",\"project\":\"PG\"},"
                        + "{\"id\":8,\"name\":\"Secret board\",\"project\":\"SECRET\"}]}");
        caller.set(bo);
        assertThat(get("/boards").body())
                .isEqualTo("{\"boards\":[{\"id\":7,\"name\":\"PG board\",\"project\":\"PG\"}]}");
        caller.set(cy);
        assertThat(get("/boards").body()).isEqualTo("{\"boards\":[]}");
    }

    @Test
    void aBoardTheCallerMayNotBrowseIsForbiddenAndAnUnknownOneNotFound() throws Exception {
        caller.set(bo);

        HttpResponse<String> secret = get("/boards/8/health");
        assertThat(secret.statusCode()).isEqualTo(403);
        assertThat(code(secret)).isEqualTo("forbidden");
        assertThat(json(secret).at("/error/message").asText()).contains("SECRET");
        assertThat(code(get("/boards/8/sprints"))).isEqualTo("forbidden");
        HttpResponse<String> unknown = get("/boards/99/coverage");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(code(unknown)).isEqualTo("board-not-found");
        assertThat(code(get("/boards/seven/health"))).isEqualTo("board-not-found");
        caller.set(cy);
        assertThat(get("/boards/7/sprints").statusCode()).isEqualTo(403);
    }

    @Test
    void aBoardJiraSoftwareHidesIsNeitherListedNorAnsweredEvenWithTheProjectBrowsable() throws Exception {
        boards.hiddenByJiraSoftware.put(7L, java.util.Set.of(bo));
        caller.set(bo);

        assertThat(get("/boards").body()).isEqualTo("{\"boards\":[]}");
        HttpResponse<String> health = get("/boards/7/health");
        assertThat(health.statusCode()).isEqualTo(403);
        assertThat(json(health).at("/error/message").asText()).contains("Jira Software does not let you see board 7");
        assertThat(code(get("/boards/7/coverage"))).isEqualTo("forbidden");
        caller.set(ann);
        assertThat(get("/boards/7/sprints").statusCode()).isEqualTo(200);
    }

    @Test
    void sprintsAndTheirErrorsFollowTheContract() throws Exception {
        caller.set(ann);

        JsonNode sprints = json(get("/boards/7/sprints")).get("sprints");
        assertThat(sprints.findValuesAsText("state")).containsExactly("future", "active");
        assertThat(code(get("/boards/7/health?sprint=11"))).isEqualTo("sprint-not-started");
        assertThat(code(get("/boards/7/health?sprint=99"))).isEqualTo("sprint-not-found");
        assertThat(code(get("/boards/7/health?capacity=lots"))).isEqualTo("bad-parameter");
    }

    @Test
    void drillDownsLeaveOutIssuesTheCallerMayNotBrowseAndSayHowMany() throws Exception {
        caller.set(bo);

        JsonNode health = json(get("/boards/7/health"));
        assertThat(health.get("hidden").asInt()).isEqualTo(1);
        assertThat(health.toString()).doesNotContain("PG-2");
        assertThat(health.at("/sprint/metrics/M1/issues").toString()).isEqualTo("[\"PG-1\",\"PG-3\"]");
        JsonNode coverage = json(get("/boards/7/coverage?sprint=active"));
        assertThat(coverage.get("hidden").asInt()).isEqualTo(1);
        assertThat(coverage.get("offenders").findValuesAsText("key")).containsExactly("PG-1", "PG-3");
        caller.set(ann);
        JsonNode all = json(get("/boards/7/health"));
        assertThat(all.get("hidden").asInt()).isZero();
        assertThat(all.at("/sprint/metrics/M1/issues").toString()).isEqualTo("[\"PG-1\",\"PG-2\",\"PG-3\"]");
        assertThat(all.at("/sprint/warnings/0").asText()).startsWith("PG-2: ");
    }

    @Test
    void refusalsAreInTheCallersLanguageWithTheirCodeUnchanged() throws Exception {
        caller.set(ann);
        german.set(true);

        JsonNode refused = json(get("/boards/99/health"));

        assertThat(refused.at("/error/code").asText()).isEqualTo("board-not-found");
        assertThat(refused.at("/error/message").asText()).isEqualTo("Es gibt kein Board 99");
    }

    @Test
    void refusalsSharedWithServeAndTheFrameworksOwnAreInTheCallersLanguageToo() throws Exception {
        caller.set(ann);
        Map<String, String> english = new LinkedHashMap<>();
        for (String path : List.of("/boards/7/health?sprint=12345", "/boards/7/health?capacity=lots")) {
            english.put(path, json(get(path)).at("/error/message").asText());
        }
        HttpResponse<String> notJson = post("/gates/dry-run", "issueKey=PG-3", "text/plain", "no-check");
        german.set(true);

        assertThat(english)
                .containsValues(
                        "The board has no sprint 12345",
                        "capacity must be the team's capacity in points,"
                                + " a number from 0 to 1000000, not \"lots\"");
        assertThat(json(get("/boards/7/health?sprint=12345"))
                        .at("/error/message")
                        .asText())
                .isEqualTo("Das Board hat keinen Sprint 12345");
        assertThat(json(get("/boards/7/health?capacity=lots"))
                        .at("/error/message")
                        .asText())
                .isEqualTo("capacity muss die Kapazit\u00e4t des Teams in Punkten sein, nicht \"lots\"");
        assertThat(json(notJson).at("/error/message").asText())
                .isEqualTo("Send the body as JSON (Content-Type: application/json)");
        HttpResponse<String> inGerman = post("/gates/dry-run", "issueKey=PG-3", "text/plain", "no-check");
        assertThat(inGerman.statusCode()).isEqualTo(415);
        assertThat(code(inGerman)).isEqualTo("unsupported-media-type");
        assertThat(json(inGerman).at("/error/message").asText())
                .isEqualTo("Senden Sie den Inhalt als JSON (Content-Type: application/json)");
    }

    @Test
    void aBoardWithoutANameIsNamedInEachCallersLanguage() throws Exception {
        boards.pgUnnamed = true;
        caller.set(ann);
        String englishList = get("/boards").body();
        JsonNode englishHealth = json(get("/boards/7/health"));
        german.set(true);

        assertThat(englishList).contains("{\"id\":7,\"name\":\"Board 7\",\"project\":\"PG\"}");
        assertThat(englishHealth.at("/board/name").asText()).isEqualTo("Board 7");
        assertThat(get("/boards").body()).contains("{\"id\":7,\"name\":\"Board 7 ohne Namen\"");
        assertThat(json(get("/boards/7/health")).at("/board/name").asText()).isEqualTo("Board 7 ohne Namen");
        assertThat(json(get("/boards/7/coverage")).at("/board/name").asText()).isEqualTo("Board 7 ohne Namen");
    }

    @Test
    void warningsAreInEachCallersLanguageThoughTheAnswerIsShared() throws Exception {
        caller.set(ann);
        JsonNode inEnglish = json(get("/boards/7/health"));
        german.set(true);
        JsonNode inGerman = json(get("/boards/7/health"));

        assertThat(inEnglish.at("/sprint/warnings").toString())
                .isEqualTo("[\"PG-2: status \\\"Waiting\\\" is on no board column: while in it the issue counts 0"
                        + " points\"]");
        assertThat(inGerman.at("/sprint/warnings/0").asText())
                .isEqualTo("PG-2: Status \"Waiting\" liegt in keiner Spalte des Boards: solange der Vorgang darin ist,"
                        + " z\u00e4hlt er 0 Punkte");
        assertThat(inGerman.at("/sprint/metrics")).isEqualTo(inEnglish.at("/sprint/metrics"));
    }

    @Test
    void everyCallerSeesTheSameAggregates() throws Exception {
        caller.set(ann);
        JsonNode forAnn = json(get("/boards/7/health?capacity=16"));
        JsonNode annCoverage = json(get("/boards/7/coverage"));
        caller.set(bo);
        JsonNode forBo = json(get("/boards/7/health?capacity=16"));
        JsonNode boCoverage = json(get("/boards/7/coverage"));

        assertThat(values(forBo.at("/sprint/metrics"))).isEqualTo(values(forAnn.at("/sprint/metrics")));
        assertThat(values(boCoverage.get("metrics"))).isEqualTo(values(annCoverage.get("metrics")));
        assertThat(forBo.at("/sprint/metrics/M1/value").decimalValue()).isEqualByComparingTo("16");
        assertThat(forBo.at("/sprint/burnup")).isEqualTo(forAnn.at("/sprint/burnup"));
    }

    @Test
    void answersAreCachedUntilAnIssueChanges() throws Exception {
        caller.set(ann);
        get("/boards/7/health");
        get("/boards/7/health");
        caller.set(bo);
        get("/boards/7/health");
        assertThat(boards.readings.get())
                .as("one reading for three requests by two users")
                .isEqualTo(1);

        invalidation.onIssueEvent(mock(IssueEvent.class)); // no project known: every answer goes
        get("/boards/7/health");

        assertThat(boards.readings.get()).isEqualTo(2);
    }

    @Test
    void theInvalidationListenerIsRegisteredWithJirasEventBus() {
        org.mockito.Mockito.verify(events).register(invalidation);
        java.lang.reflect.Method handler = java.util.Arrays.stream(CacheInvalidation.class.getMethods())
                .filter(m -> m.isAnnotationPresent(com.atlassian.event.api.EventListener.class))
                .findFirst()
                .orElseThrow();
        assertThat(handler.getParameterTypes()).containsExactly(IssueEvent.class);
    }

    @Test
    void dryRunTellsWhatIsMissing() throws Exception {
        caller.set(ann);

        HttpResponse<String> response = post("/gates/dry-run", body("PG-3"), "application/json", "no-check");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode verdict = json(response);
        assertThat(verdict.get("passed").asBoolean()).isFalse();
        assertThat(verdict.at("/issue/key").asText()).isEqualTo("PG-3");
        assertThat(verdict.at("/violations/0/rule").asText()).isEqualTo("story-points");
        assertThat(verdict.at("/violations/0/fieldName").asText()).isEqualTo("Story Points");
        assertThat(verdict.at("/violations/0/message").asText()).contains("PG-3");
    }

    @Test
    void aFormPostFromAnotherSiteIsRefused() throws Exception {
        caller.set(ann);

        HttpResponse<String> form =
                post("/gates/dry-run", "gate=x&issueKey=PG-3", "application/x-www-form-urlencoded", "no-check");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(code(form)).isEqualTo("unsupported-media-type");
        HttpResponse<String> noToken = post("/gates/dry-run", body("PG-3"), "application/json", null);
        assertThat(noToken.statusCode()).isEqualTo(409);
        assertThat(code(noToken)).isEqualTo("xsrf-check-failed");
    }

    @Test
    void dryRunOfAnIssueTheCallerMayNotBrowseLooksLikeAMissingIssue() throws Exception {
        caller.set(bo);

        HttpResponse<String> hidden = post("/gates/dry-run", body("PG-2"), "application/json", "no-check");
        HttpResponse<String> missing = post("/gates/dry-run", body("PG-404"), "application/json", "no-check");

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(code(hidden)).isEqualTo("issue-not-found");
        assertThat(json(hidden).at("/error/message").asText().replace("PG-2", "KEY"))
                .isEqualTo(json(missing).at("/error/message").asText().replace("PG-404", "KEY"));
        HttpResponse<String> badGate = post(
                "/gates/dry-run", "{\"gate\":{\"rules\":[]},\"issueKey\":\"PG-3\"}", "application/json", "no-check");
        assertThat(code(badGate)).isEqualTo("bad-gate");
    }

    @Test
    void dryRunCountsALinkedTestTheCallerMayNotBrowseWithoutNamingIt() throws Exception {
        // A test issue nobody is granted BROWSE on here (the PermissionManager double says no).
        MutableIssue obsolete = mutableIssue(99L, "SEC-60", "Test", "Obsolete", "done");
        MutableIssue story = issuesByKey.get("PG-3");
        var testedBy =
                List.of(JiraDoubles.link(JiraDoubles.linkType("Tests", "tests", "is tested by"), obsolete, story));
        org.mockito.Mockito.when(issueLinks.getInwardLinks(story.getId())).thenReturn(testedBy);
        caller.set(bo);
        String gate = "{\"gate\":\"tested\",\"rules\":[{\"rule\":\"test-coverage\",\"testIssueTypes\":[\"Test\"],"
                + "\"ignoreStatuses\":[\"Obsolete\"],\"min\":1}]}";

        String message = json(post(
                        "/gates/dry-run",
                        "{\"gate\":" + gate + ",\"issueKey\":\"PG-3\"}",
                        "application/json",
                        "no-check"))
                .at("/violations/0/message")
                .asText();

        assertThat(message)
                .startsWith("Found 0 test cases, 1 required.")
                .doesNotContain("SEC-60")
                .endsWith("One linked test you may not browse is not counted because of its status.");
    }

    @Test
    void healthTakesTheStartSnapshotOnceAndLinksIntoJirasCanonicalUrl() throws Exception {
        caller.set(ann);

        JsonNode first = json(get("/boards/7/health?sprint=10"));
        get("/boards/7/health?sprint=10&capacity=20"); // another answer, computed anew: the snapshot is reused

        assertThat(snapshots.starts).containsOnlyKeys(10L);
        assertThat(snapshots.starts.get(10L).issues()).hasSize(3);
        assertThat(first.get("jiraBaseUrl").asText()).isEqualTo("https://jira.example.com");
    }

    @Test
    void metaSaysJira() throws Exception {
        caller.set(ann);

        assertThat(json(get("/meta")).get("mode").asText()).isEqualTo("jira");
    }

    private static String body(String key) {
        return "{\"gate\":" + GATE + ",\"issueKey\":\"" + key + "\"}";
    }

    private static Map<String, String> values(JsonNode metrics) {
        Map<String, String> values = new java.util.TreeMap<>();
        metrics.fields()
                .forEachRemaining(
                        e -> values.put(e.getKey(), e.getValue().get("value").toString()));
        return values;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        check("GET", path, response);
        return response;
    }

    private HttpResponse<String> post(String path, String body, String type, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", type);
        if (token != null) {
            request.header("X-Atlassian-Token", token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        check("POST", path, response);
        return response;
    }

    private void check(String method, String path, HttpResponse<String> response) {
        String route = DOC.routes().stream()
                .filter(r -> r.method().equals(method)
                        && path.split("\\?")[0].matches(r.path().replaceAll("\\{[^}]+}", "[^/]+")))
                .map(ContractRoutes.Route::path)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no documented route for " + path));
        contractProblems.addAll(DOC.problems(method, route, response.statusCode(), response.body()));
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + ContractRoutes.BASE + path);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String code(HttpResponse<String> response) throws IOException {
        return json(response).at("/error/code").asText();
    }
}
