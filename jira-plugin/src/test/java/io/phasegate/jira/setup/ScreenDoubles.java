package io.phasegate.jira.setup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenFactory;
import com.atlassian.jira.issue.fields.screen.FieldScreenLayoutItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.operation.ScreenableIssueOperation;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Mockito doubles of Jira's screen, screen scheme and issue type screen scheme managers and of the
 * factory, remembering what was stored: like Jira, a new screen or scheme exists once stored, and
 * tabs, fields and entries can only be added to a stored one. One call can be made to fail, like
 * a manager throwing half-way.
 */
public final class ScreenDoubles {
    public final FieldScreenManager fieldScreenManager = mock(FieldScreenManager.class);
    public final FieldScreenSchemeManager fieldScreenSchemeManager = mock(FieldScreenSchemeManager.class);
    public final FieldScreenFactory factory = mock(FieldScreenFactory.class);
    /** False: this Jira does not hand out its FieldScreenFactory. */
    public boolean factoryAvailable = true;

    private final ScreenFactoryLookup lookup = () -> factoryAvailable ? Optional.of(factory) : Optional.empty();
    public final IssueTypeScreenSchemeManager issueTypeScreenSchemeManager = mock(IssueTypeScreenSchemeManager.class);
    public final ProjectManager projectManager = mock(ProjectManager.class);

    public final List<FieldScreen> screens = new ArrayList<>();
    public final Map<FieldScreen, List<FieldScreenTab>> tabs = new LinkedHashMap<>();
    public final Map<FieldScreenTab, List<String>> fieldsOnTab = new LinkedHashMap<>();
    public final List<FieldScreenScheme> screenSchemes = new ArrayList<>();
    /** Screen scheme to its default screen (its entry without operation). */
    public final Map<FieldScreenScheme, FieldScreen> defaults = new LinkedHashMap<>();

    public final List<IssueTypeScreenScheme> issueTypeScreenSchemes = new ArrayList<>();
    /** Issue type screen scheme to its entries: issue type id (null: default) to screen scheme. */
    public final Map<IssueTypeScreenScheme, Map<String, FieldScreenScheme>> entries = new LinkedHashMap<>();

    public final List<Project> projects = new ArrayList<>();
    public final Map<Project, IssueTypeScreenScheme> associations = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    private Predicate<String> failing = call -> false;
    private int failuresLeft;
    private long nextId = 10_000;

    public ScreenDoubles() {
        lenient().when(fieldScreenManager.getFieldScreens()).thenAnswer(inv -> List.copyOf(screens));
        lenient().when(fieldScreenSchemeManager.getFieldScreenSchemes()).thenAnswer(inv -> List.copyOf(screenSchemes));
        lenient()
                .when(fieldScreenSchemeManager.getFieldScreenScheme(anyLong()))
                .thenAnswer(inv -> screenSchemes.stream()
                        .filter(s -> s.getId().equals(inv.getArgument(0)))
                        .findFirst()
                        .orElse(null));
        lenient()
                .when(issueTypeScreenSchemeManager.getIssueTypeScreenSchemes())
                .thenAnswer(inv -> List.copyOf(issueTypeScreenSchemes));
        lenient()
                .when(issueTypeScreenSchemeManager.getIssueTypeScreenScheme(any(Project.class)))
                .thenAnswer(inv -> associations.get(inv.getArgument(0)));
        lenient()
                .doAnswer(inv -> {
                    call("unassociate " + ((Project) inv.getArgument(0)).getKey());
                    associations.remove(inv.getArgument(0), inv.getArgument(1));
                    return null;
                })
                .when(issueTypeScreenSchemeManager)
                .removeSchemeAssociation(any(), any());
        lenient()
                .doAnswer(inv -> {
                    call("associate " + ((Project) inv.getArgument(0)).getKey());
                    associations.put(inv.getArgument(0), inv.getArgument(1));
                    return null;
                })
                .when(issueTypeScreenSchemeManager)
                .addSchemeAssociation(any(), any());
        lenient().when(projectManager.getProjects()).thenAnswer(inv -> List.copyOf(projects));
        lenient().when(projectManager.getProjectByCurrentKey(anyString())).thenAnswer(inv -> projects.stream()
                .filter(p -> p.getKey().equals(inv.getArgument(0)))
                .findFirst()
                .orElse(null));
        lenient().when(factory.createScreen()).thenAnswer(inv -> newScreen());
        lenient().when(factory.createFieldScreenScheme()).thenAnswer(inv -> newScreenScheme());
        lenient().when(factory.createFieldScreenSchemeItem()).thenAnswer(inv -> newSchemeItem());
        lenient().when(factory.createIssueTypeScreenScheme()).thenAnswer(inv -> newIssueTypeScreenScheme());
        lenient().when(factory.createIssueTypeScreenSchemeEntity()).thenAnswer(inv -> newEntity());
    }

    /** The adapters over these doubles. */
    public JiraScreens screens(CustomFieldManager customFieldManager) {
        return new JiraScreens(fieldScreenManager, fieldScreenSchemeManager, lookup, customFieldManager);
    }

    public JiraProjectScreens projectScreens() {
        return new JiraProjectScreens(issueTypeScreenSchemeManager, fieldScreenSchemeManager, lookup, projectManager);
    }

    /** The next call whose description matches throws, once, as Jira would on a database error. */
    public void failOnce(Predicate<String> call) {
        failTimes(call, 1);
    }

    /** The next {@code times} calls whose descriptions match fail, as Jira would on a database error. */
    public void failTimes(Predicate<String> call, int times) {
        failing = call;
        failuresLeft = times;
    }

    private void call(String description) {
        calls.add(description);
        if (failuresLeft > 0 && failing.test(description)) {
            failuresLeft--;
            throw new IllegalStateException("database unavailable");
        }
    }

    /** A project using {@code scheme}. */
    public Project project(String key, IssueTypeScreenScheme scheme) {
        Project project = mock(Project.class);
        lenient().when(project.getKey()).thenReturn(key);
        lenient().when(project.getName()).thenReturn(key + " project");
        projects.add(project);
        associations.put(project, scheme);
        return project;
    }

    /** A stored screen scheme. */
    public FieldScreenScheme screenScheme(String name) {
        FieldScreenScheme scheme = newScreenScheme();
        scheme.setName(name);
        scheme.store();
        return scheme;
    }

    /** A stored issue type screen scheme with {@code byType} (null key: default entry). */
    public IssueTypeScreenScheme issueTypeScreenScheme(String name, Map<String, FieldScreenScheme> byType) {
        IssueTypeScreenScheme scheme = newIssueTypeScreenScheme();
        scheme.setName(name);
        scheme.store();
        entries.get(scheme).putAll(byType);
        return scheme;
    }

    /** The field ids of each tab of the screen {@code name}, by tab name. */
    public Map<String, List<String>> layout(String name) {
        FieldScreen screen = screens.stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow();
        Map<String, List<String>> layout = new LinkedHashMap<>();
        tabs.get(screen).forEach(t -> layout.put(t.getName(), fieldsOnTab.get(t)));
        return layout;
    }

    private FieldScreen newScreen() {
        FieldScreen screen = mock(FieldScreen.class);
        String[] name = new String[1];
        Long[] id = new Long[1];
        doAnswer(inv -> name[0] = inv.getArgument(0)).when(screen).setName(anyString());
        lenient().when(screen.getName()).thenAnswer(inv -> name[0]);
        lenient().when(screen.getId()).thenAnswer(inv -> id[0]);
        tabs.put(screen, new ArrayList<>());
        lenient().when(screen.getTabs()).thenAnswer(inv -> List.copyOf(tabs.get(screen)));
        lenient()
                .doAnswer(inv -> {
                    call("screen " + name[0]);
                    if (id[0] == null) {
                        id[0] = nextId++;
                        screens.add(screen);
                    }
                    return null;
                })
                .when(screen)
                .store();
        lenient().when(screen.addTab(anyString())).thenAnswer(inv -> {
            if (id[0] == null) {
                throw new IllegalStateException("tab on a screen that is not stored");
            }
            call("tab " + name[0] + "/" + inv.getArgument(0));
            FieldScreenTab tab = newTab(name[0], inv.getArgument(0));
            tabs.get(screen).add(tab);
            return tab;
        });
        return screen;
    }

    private FieldScreenTab newTab(String screen, String name) {
        FieldScreenTab tab = mock(FieldScreenTab.class);
        lenient().when(tab.getName()).thenReturn(name);
        fieldsOnTab.put(tab, new ArrayList<>());
        lenient().when(tab.getFieldScreenLayoutItems()).thenAnswer(inv -> fieldsOnTab.get(tab).stream()
                .map(ScreenDoubles::item)
                .toList());
        lenient()
                .doAnswer(inv -> {
                    call("field " + screen + "/" + name + "/" + inv.getArgument(0));
                    fieldsOnTab.get(tab).add(inv.getArgument(0));
                    return null;
                })
                .when(tab)
                .addFieldScreenLayoutItem(anyString());
        return tab;
    }

    private static FieldScreenLayoutItem item(String fieldId) {
        FieldScreenLayoutItem item = mock(FieldScreenLayoutItem.class);
        lenient().when(item.getFieldId()).thenReturn(fieldId);
        return item;
    }

    private FieldScreenScheme newScreenScheme() {
        FieldScreenScheme scheme = mock(FieldScreenScheme.class);
        String[] name = new String[1];
        Long[] id = new Long[1];
        List<FieldScreenSchemeItem> items = new ArrayList<>();
        lenient().doAnswer(inv -> name[0] = inv.getArgument(0)).when(scheme).setName(anyString());
        lenient().when(scheme.getName()).thenAnswer(inv -> name[0]);
        lenient().when(scheme.getId()).thenAnswer(inv -> id[0]);
        lenient().when(scheme.getFieldScreenSchemeItems()).thenAnswer(inv -> List.copyOf(items));
        lenient()
                .doAnswer(inv -> {
                    call("screen scheme " + name[0]);
                    if (id[0] == null) {
                        id[0] = nextId++;
                        screenSchemes.add(scheme);
                    }
                    return null;
                })
                .when(scheme)
                .store();
        lenient()
                .doAnswer(inv -> {
                    if (id[0] == null) {
                        throw new IllegalStateException("entry on a scheme that is not stored");
                    }
                    FieldScreenSchemeItem item = inv.getArgument(0);
                    call("screen scheme entry " + name[0]);
                    items.add(item);
                    if (item.getIssueOperation() == null) {
                        defaults.put(scheme, item.getFieldScreen());
                    }
                    return null;
                })
                .when(scheme)
                .addFieldScreenSchemeItem(any());
        return scheme;
    }

    private FieldScreenSchemeItem newSchemeItem() {
        FieldScreenSchemeItem item = mock(FieldScreenSchemeItem.class);
        ScreenableIssueOperation[] operation = {mock(ScreenableIssueOperation.class)};
        FieldScreen[] screen = new FieldScreen[1];
        lenient().doAnswer(inv -> operation[0] = inv.getArgument(0)).when(item).setIssueOperation(any());
        lenient().when(item.getIssueOperation()).thenAnswer(inv -> operation[0]);
        lenient().doAnswer(inv -> screen[0] = inv.getArgument(0)).when(item).setFieldScreen(any());
        lenient().when(item.getFieldScreen()).thenAnswer(inv -> screen[0]);
        return item;
    }

    private IssueTypeScreenScheme newIssueTypeScreenScheme() {
        IssueTypeScreenScheme scheme = mock(IssueTypeScreenScheme.class);
        String[] name = new String[1];
        Long[] id = new Long[1];
        entries.put(scheme, new LinkedHashMap<>());
        lenient().doAnswer(inv -> name[0] = inv.getArgument(0)).when(scheme).setName(anyString());
        lenient().when(scheme.getName()).thenAnswer(inv -> name[0]);
        lenient().when(scheme.getId()).thenAnswer(inv -> id[0]);
        lenient().when(scheme.getEntities()).thenAnswer(inv -> entries.get(scheme).entrySet().stream()
                .map(e -> storedEntity(e.getKey(), e.getValue()))
                .toList());
        lenient()
                .doAnswer(inv -> {
                    call("issue type screen scheme " + name[0]);
                    if (id[0] == null) {
                        id[0] = nextId++;
                        issueTypeScreenSchemes.add(scheme);
                    }
                    return null;
                })
                .when(scheme)
                .store();
        lenient()
                .doAnswer(inv -> {
                    if (id[0] == null) {
                        throw new IllegalStateException("entry on a scheme that is not stored");
                    }
                    IssueTypeScreenSchemeEntity entity = inv.getArgument(0);
                    call("entry " + name[0] + "/" + entity.getIssueTypeId());
                    entries.get(scheme).put(entity.getIssueTypeId(), entity.getFieldScreenScheme());
                    return null;
                })
                .when(scheme)
                .addEntity(any());
        return scheme;
    }

    private IssueTypeScreenSchemeEntity newEntity() {
        IssueTypeScreenSchemeEntity entity = mock(IssueTypeScreenSchemeEntity.class);
        String[] type = new String[1];
        FieldScreenScheme[] scheme = new FieldScreenScheme[1];
        lenient().doAnswer(inv -> type[0] = inv.getArgument(0)).when(entity).setIssueTypeId(any());
        lenient().when(entity.getIssueTypeId()).thenAnswer(inv -> type[0]);
        lenient().doAnswer(inv -> scheme[0] = inv.getArgument(0)).when(entity).setFieldScreenScheme(any());
        lenient().when(entity.getFieldScreenScheme()).thenAnswer(inv -> scheme[0]);
        return entity;
    }

    private static IssueTypeScreenSchemeEntity storedEntity(String type, FieldScreenScheme scheme) {
        IssueTypeScreenSchemeEntity entity = mock(IssueTypeScreenSchemeEntity.class);
        lenient().when(entity.getIssueTypeId()).thenReturn(type);
        lenient().when(entity.getFieldScreenScheme()).thenReturn(scheme);
        return entity;
    }
}
