package io.phasegate.jira.setup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Jira's project, issue type scheme, workflow scheme and search managers as Mockito doubles over a
 * small model that remembers changes: which issue types the project's scheme offers, which
 * workflow schemes exist and which one each project uses, and how many issues of each type the
 * project has. Only Jira's interfaces are mocked; the adapters under test are the real ones.
 */
public final class SchemeDoubles {
    /** A stored workflow scheme. */
    public static final class StoredScheme {
        public final Long id;
        public final String name;
        public final String description;
        public final Map<String, String> mappings;
        public final String defaultWorkflow;
        final boolean jiraDefault;
        final Scheme scheme = mock(Scheme.class);

        StoredScheme(Long id, String name, String description, Map<String, String> mappings, String defaultWorkflow) {
            this.id = id;
            this.name = name;
            this.description = description;
            this.mappings = Map.copyOf(mappings);
            this.defaultWorkflow = defaultWorkflow;
            this.jiraDefault = id == null;
        }
    }

    public final ProjectManager projectManager = mock(ProjectManager.class);
    public final IssueTypeSchemeManager issueTypeSchemeManager = mock(IssueTypeSchemeManager.class);
    public final WorkflowSchemeManager workflowSchemeManager = mock(WorkflowSchemeManager.class);
    public final SearchService searchService = mock(SearchService.class);
    public final Project project;
    /** Issue type ids the project's issue type scheme offers, in order. */
    public final List<String> offered = new ArrayList<>();

    public final List<StoredScheme> schemes = new ArrayList<>();
    /** Which workflow scheme (id) each project key uses; absent: Jira's default scheme. */
    public final Map<String, Long> uses = new HashMap<>();
    /** Issues of each issue type id in the project. */
    public final Map<String, Integer> issues = new HashMap<>();

    public final List<String> calls = new ArrayList<>();
    private final FieldConfigScheme issueTypeScheme = mock(FieldConfigScheme.class);
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<Query, String> queries = new HashMap<>();
    private final StoredScheme jiraDefault = new StoredScheme(null, "Default Workflow Scheme", "", Map.of(), "jira");
    private final Map<String, String> descriptions = new HashMap<>();
    private Predicate<String> failing = call -> false;
    private int failuresLeft;

    public SchemeDoubles(String key, String name) {
        project = project(key, name);
        lenient().when(issueTypeSchemeManager.getConfigScheme(any())).thenReturn(issueTypeScheme);
        lenient().when(issueTypeScheme.getName()).thenReturn(key + ": Scrum Issue Type Scheme");
        lenient().when(issueTypeScheme.getAssociatedProjectObjects()).thenReturn(List.of(project));
        lenient().when(issueTypeSchemeManager.getIssueTypesForProject(any())).thenAnswer(inv -> types());
        lenient().when(issueTypeSchemeManager.update(any(), any())).thenAnswer(inv -> {
            call("issue type scheme " + inv.getArgument(1));
            offered.clear();
            offered.addAll(inv.getArgument(1));
            return issueTypeScheme;
        });
        workflowSchemes();
        search();
    }

    /** A project Jira knows. */
    public Project project(String key, String name) {
        Project p = mock(Project.class);
        lenient().when(p.getKey()).thenReturn(key);
        lenient().when(p.getName()).thenReturn(name);
        projects.put(key, p);
        lenient().when(projectManager.getProjectByCurrentKey(key)).thenReturn(p);
        return p;
    }

    /** The project's issue type scheme is Jira's default one. */
    public void defaultIssueTypeScheme() {
        lenient()
                .when(issueTypeSchemeManager.isDefaultIssueTypeScheme(issueTypeScheme))
                .thenReturn(true);
        lenient().when(issueTypeScheme.getName()).thenReturn("Default Issue Type Scheme");
        lenient().when(issueTypeScheme.getAssociatedProjectObjects()).thenReturn(List.of());
    }

    /** The project's issue type scheme is shared with {@code others}. */
    public void shareIssueTypeSchemeWith(Project... others) {
        List<Project> all = new ArrayList<>(List.of(project));
        all.addAll(List.of(others));
        lenient().when(issueTypeScheme.getAssociatedProjectObjects()).thenReturn(all);
    }

    /** A stored workflow scheme, used by the given projects. */
    public StoredScheme scheme(
            long id, String name, Map<String, String> mappings, String defaultWorkflow, String... users) {
        StoredScheme s = new StoredScheme(id, name, "", mappings, defaultWorkflow);
        schemes.add(s);
        for (String user : users) {
            uses.put(user, id);
        }
        return s;
    }

    /** The workflow scheme the project uses now. */
    public StoredScheme schemeOf(String key) {
        Long id = uses.get(key);
        return id == null ? jiraDefault : stored(id);
    }

    /** The next call whose description matches fails once. */
    public void failOnce(Predicate<String> call) {
        failTimes(call, 1);
    }

    /** The next {@code times} calls whose descriptions match fail, as Jira would on a database error. */
    public void failTimes(Predicate<String> call, int times) {
        failing = call;
        failuresLeft = times;
    }

    public JiraProjectSchemes reader(JiraAuthenticationContext authentication) {
        return new JiraProjectSchemes(
                projectManager, issueTypeSchemeManager, workflowSchemeManager, searchService, authentication);
    }

    public JiraSchemeChanges changes() {
        return new JiraSchemeChanges(projectManager, issueTypeSchemeManager, workflowSchemeManager);
    }

    private List<IssueType> types() {
        return offered.stream()
                .map(id -> {
                    IssueType type = mock(IssueType.class);
                    lenient().when(type.getId()).thenReturn(id);
                    return type;
                })
                .toList();
    }

    private void workflowSchemes() {
        lenient()
                .when(workflowSchemeManager.getWorkflowSchemeObj(any(Project.class)))
                .thenAnswer(inv -> view(schemeOf(((Project) inv.getArgument(0)).getKey())));
        lenient().when(workflowSchemeManager.getWorkflowSchemeObj(anyString())).thenAnswer(inv -> schemes.stream()
                .filter(s -> s.name.equals(inv.getArgument(0)))
                .findFirst()
                .map(this::view)
                .orElse(null));
        lenient().when(workflowSchemeManager.getProjectsUsing(any())).thenAnswer(inv -> {
            Long id = ((AssignableWorkflowScheme) inv.getArgument(0)).getId();
            return uses.entrySet().stream()
                    .filter(e -> Objects.equals(e.getValue(), id))
                    .map(e -> projects.get(e.getKey()))
                    .toList();
        });
        lenient().when(workflowSchemeManager.assignableBuilder()).thenAnswer(inv -> builder());
        lenient().when(workflowSchemeManager.createScheme(any())).thenAnswer(inv -> {
            AssignableWorkflowScheme built = inv.getArgument(0);
            call("create scheme " + built.getName());
            StoredScheme s = new StoredScheme(
                    20_000L + schemes.size(),
                    built.getName(),
                    descriptions.getOrDefault(built.getName(), ""),
                    withoutDefault(built.getMappings()),
                    built.getConfiguredDefaultWorkflow());
            schemes.add(s);
            return view(s);
        });
        lenient()
                .when(workflowSchemeManager.getSchemeObject(any(Long.class)))
                .thenAnswer(inv -> stored(inv.getArgument(0)).scheme);
        lenient()
                .doAnswer(inv -> {
                    call("remove schemes " + ((Project) inv.getArgument(0)).getKey());
                    uses.remove(((Project) inv.getArgument(0)).getKey());
                    return null;
                })
                .when(workflowSchemeManager)
                .removeSchemesFromProject(any(Project.class));
        lenient()
                .doAnswer(inv -> {
                    StoredScheme s = schemes.stream()
                            .filter(x -> x.scheme == inv.getArgument(1))
                            .findFirst()
                            .orElseThrow();
                    call("add scheme " + s.name);
                    uses.put(((Project) inv.getArgument(0)).getKey(), s.id);
                    return null;
                })
                .when(workflowSchemeManager)
                .addSchemeToProject(any(Project.class), any(Scheme.class));
    }

    private AssignableWorkflowScheme.Builder builder() {
        AssignableWorkflowScheme.Builder builder = mock(AssignableWorkflowScheme.Builder.class);
        Map<String, Object> state = new HashMap<>();
        lenient().when(builder.setName(anyString())).thenAnswer(inv -> put(state, "name", inv, builder));
        lenient().when(builder.setDescription(anyString())).thenAnswer(inv -> put(state, "description", inv, builder));
        lenient().when(builder.setMappings(any())).thenAnswer(inv -> put(state, "mappings", inv, builder));
        lenient().when(builder.setDefaultWorkflow(anyString())).thenAnswer(inv -> put(state, "default", inv, builder));
        lenient().when(builder.build()).thenAnswer(inv -> {
            descriptions.put((String) state.get("name"), (String) state.get("description"));
            @SuppressWarnings("unchecked")
            Map<String, String> mappings = (Map<String, String>) state.getOrDefault("mappings", Map.of());
            StoredScheme unsaved = new StoredScheme(
                    -1L, (String) state.get("name"), (String) state.get("description"), mappings, (String)
                            state.get("default"));
            return view(unsaved);
        });
        return builder;
    }

    private static Object put(
            Map<String, Object> state, String key, org.mockito.invocation.InvocationOnMock inv, Object builder) {
        state.put(key, inv.getArgument(0));
        return builder;
    }

    private AssignableWorkflowScheme view(StoredScheme s) {
        AssignableWorkflowScheme view = mock(AssignableWorkflowScheme.class);
        lenient().when(view.getId()).thenReturn(s.id == null || s.id < 0 ? null : s.id);
        lenient().when(view.getName()).thenReturn(s.name);
        lenient().when(view.isDefault()).thenReturn(s.jiraDefault);
        Map<String, String> withDefault = new HashMap<>(s.mappings);
        if (s.defaultWorkflow != null) {
            withDefault.put(null, s.defaultWorkflow);
        }
        lenient().when(view.getMappings()).thenReturn(withDefault);
        lenient().when(view.getConfiguredDefaultWorkflow()).thenReturn(s.defaultWorkflow);
        return view;
    }

    private static Map<String, String> withoutDefault(Map<String, String> mappings) {
        Map<String, String> copy = new HashMap<>(mappings);
        copy.remove(null);
        return copy;
    }

    private StoredScheme stored(Long id) {
        return schemes.stream().filter(s -> s.id.equals(id)).findFirst().orElse(null);
    }

    private void search() {
        lenient().when(searchService.parseQuery(any(), anyString())).thenAnswer(inv -> {
            Query query = mock(Query.class);
            queries.put(query, inv.getArgument(1));
            return new SearchService.ParseResult(query, null);
        });
        try {
            lenient()
                    .when(searchService.searchOverrideSecurity(any(), any(), any()))
                    .thenAnswer(inv -> {
                        String jql = queries.get(inv.getArgument(1));
                        String type = jql.substring(jql.lastIndexOf('=') + 1).strip();
                        boolean thisProject = jql.contains("\"" + project.getKey() + "\"");
                        int count = thisProject ? issues.getOrDefault(type, 0) : 0;
                        return new SearchResults<>(List.of(), count, 1, 0);
                    });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void call(String description) {
        calls.add(description);
        if (failuresLeft > 0 && failing.test(description)) {
            failuresLeft--;
            throw new IllegalStateException("database unavailable");
        }
    }
}
