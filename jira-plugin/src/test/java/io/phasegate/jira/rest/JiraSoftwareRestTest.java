package io.phasegate.jira.rest;

import static io.phasegate.jira.board.jsw.JswWorld.day;
import static io.phasegate.jira.board.jsw.JswWorld.entry;
import static io.phasegate.jira.board.jsw.JswWorld.item;
import static io.phasegate.jira.testing.JiraDoubles.authenticationContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.phasegate.contract.ContractRoutes;
import io.phasegate.contract.openapi.OpenApiDocument;
import io.phasegate.jira.board.BoardDataSource;
import io.phasegate.jira.board.JiraSoftwareBoards;
import io.phasegate.jira.board.jsw.JswWorld;
import io.phasegate.jira.i18n.JiraMessages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The board endpoints under real Jersey 2, computed end to end from Jira Software data (every Jira and
 * Jira Software service a Mockito double): the production {@link JiraSoftwareBoards} over the Jira
 * Software reader, or over no Jira Software at all. Answers are validated against openapi.yaml.
 */
class JiraSoftwareRestTest {
    static final OpenApiDocument DOC = OpenApiDocument.load();
    static final ObjectMapper JSON = new ObjectMapper();

    final JswWorld jira;
    final AtomicReference<Optional<BoardDataSource>> installed = new AtomicReference<>();
    final HttpClient client = HttpClient.newHttpClient();
    final List<String> contractProblems = new ArrayList<>();
    HttpServer server;

    JiraSoftwareRestTest() throws Exception {
        jira = new JswWorld();
    }

    @BeforeEach
    void start() {
        installed.set(Optional.of(jira.boards()));
        ApplicationUser ann = mock(ApplicationUser.class);
        JiraAuthenticationContext authentication = authenticationContext();
        lenient().when(authentication.getLoggedInUser()).thenReturn(ann);
        PermissionManager permissions = mock(PermissionManager.class);
        ProjectManager projects = mock(ProjectManager.class);
        lenient().when(projects.getProjectByCurrentKey("PG")).thenReturn(jira.project);
        lenient()
                .when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(jira.project), eq(ann)))
                .thenReturn(true);
        lenient()
                .when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), eq(ann)))
                .thenReturn(true);
        Clock clock = Clock.fixed(JswWorld.NOW, ZoneOffset.UTC);
        JiraSoftwareBoards boards = new JiraSoftwareBoards(installed::get);
        Answers answers = new Answers(
                boards, new MemoryCacheManager(), new MemorySnapshotStore(), mock(ApplicationProperties.class), clock);
        JiraMessages messages = new JiraMessages(authentication, mock(CustomFieldManager.class));
        Permissions access =
                new Permissions(authentication, permissions, projects, mock(IssueManager.class), boards, messages);
        ResourceConfig config = new ResourceConfig()
                .registerInstances(new BoardResource(boards, answers, access, messages, clock), new ContractErrors());
        server = JdkHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:0" + ContractRoutes.BASE + "/"), config);
        sprintOfThreeIssues();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        assertThat(contractProblems)
                .as("answers outside docs/rest/openapi.yaml")
                .isEmpty();
    }

    /** Sprint 10 (active since Monday): PG-1 done Tuesday+1, PG-2 re-estimated 2 → 3, PG-3 carried over from 9. */
    private void sprintOfThreeIssues() {
        jira.issue(
                "PG-1",
                "Done",
                5.0,
                List.of(10L),
                List.of(
                        entry(day(-1), item("Sprint", "", "", "10", "Sprint 10")),
                        entry(day(2), item("status", "1", "To Do", "10001", "Done"))));
        jira.issue(
                "PG-2",
                "In Progress",
                3.0,
                List.of(10L),
                List.of(
                        entry(day(-1), item("Sprint", "", "", "10", "Sprint 10")),
                        entry(
                                day(1),
                                item("Story Points", null, "2", null, "3"),
                                item("status", "1", "To Do", "3", "x"))));
        jira.issue(
                "PG-3",
                "To Do",
                8.0,
                List.of(9L, 10L),
                List.of(
                        entry(day(-12), item("Sprint", "", "", "9", "Sprint 9")),
                        entry(day(-3), item("Sprint", "9", "Sprint 9", "9, 10", "Sprint 9, Sprint 10"))));
    }

    @Test
    void boardsAndSprintsComeFromJiraSoftware() throws Exception {
        JsonNode boards = json(get("/boards"));
        JsonNode sprints = json(get("/boards/7/sprints"));

        assertThat(boards.toString()).contains("\"PG board\"").contains("\"PG\"");
        assertThat(sprints.toString())
                .contains("\"Sprint 9\"")
                .contains("\"Sprint 10\"")
                .contains("\"Sprint 11\"");
    }

    @Test
    void healthOfTheActiveSprintIsComputedFromTheBoardsIssuesAndChangelogs() throws Exception {
        HttpResponse<String> response = get("/boards/7/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json(response);
        assertThat(health.at("/sprint/id").asLong()).isEqualTo(10);
        assertThat(health.at("/board/estimationField").asText()).isEqualTo("customfield_10016");
        assertThat(health.at("/board/columns").size()).isEqualTo(3);
        assertThat(health.at("/sprint/metrics/M1/value").asInt())
                .as("committed: 5 + 2 (PG-2 before its re-estimate) + 8")
                .isEqualTo(15);
        assertThat(health.at("/sprint/metrics/M4/value").asInt())
                .as("re-estimated 2 -> 3")
                .isEqualTo(1);
        assertThat(health.at("/sprint/metrics/M9/value").asInt())
                .as("PG-1 done")
                .isEqualTo(5);
        assertThat(health.at("/sprint/metrics/M8/notes").toString())
                .as("PG-3 carried over from 9")
                .contains("depth-1:1");
    }

    @Test
    void sprintSelectionTakesTheActiveTheLastClosedOrAnId() throws Exception {
        assertThat(json(get("/boards/7/health")).at("/sprint/id").asLong()).isEqualTo(10);
        assertThat(json(get("/boards/7/health?sprint=9")).at("/sprint/id").asLong())
                .isEqualTo(9);
        assertThat(json(get("/boards/7/health?sprint=last-closed"))
                        .at("/sprint/id")
                        .asLong())
                .isEqualTo(9);
        HttpResponse<String> future = get("/boards/7/health?sprint=11");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(json(future).at("/error/code").asText()).isEqualTo("sprint-not-started");
    }

    @Test
    void withoutJiraSoftwareTheBoardEndpointsAnswer503AndSaySo() throws Exception {
        installed.set(Optional.empty());

        for (String path : List.of("/boards", "/boards/7/sprints", "/boards/7/health", "/boards/7/coverage")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(503);
            assertThat(json(response).at("/error/code").asText()).isEqualTo("data-source-unavailable");
            assertThat(json(response).at("/error/message").asText())
                    .contains("Jira Software, which is not installed or not enabled");
        }
    }

    @Test
    void aJiraSoftwareWhoseApiDiffersAnswers503InsteadOfFailing() throws Exception {
        JiraSoftwareBoards broken = new JiraSoftwareBoards(() -> {
            throw new NoSuchMethodError("RapidViewManager.getAll()");
        });

        assertThat(org.assertj.core.api.Assertions.catchThrowable(broken::boards))
                .hasMessageContaining("Java API differs");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + server.getAddress().getPort() + ContractRoutes.BASE + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String route = DOC.routes().stream()
                .filter(r -> r.method().equals("GET")
                        && path.split("\\?")[0].matches(r.path().replaceAll("\\{[^}]+}", "[^/]+")))
                .map(ContractRoutes.Route::path)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no documented route for " + path));
        contractProblems.addAll(DOC.problems("GET", route, response.statusCode(), response.body()));
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
