package io.phasegate.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreenFactory;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.phasegate.core.setup.ExistingIssueTypeScreenScheme;
import io.phasegate.core.setup.ProjectScreens;
import io.phasegate.core.setup.ScreenSchemeMappings;
import io.phasegate.core.setup.SetupFailure;
import io.phasegate.core.setup.SetupMessage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Projects' issue type screen schemes in Jira: reads every scheme with its entries and the projects
 * using it, and carries out {@link ProjectScreens} (the decision is the core planner's). It only ever
 * adds entries to the project's own scheme; the scheme the project used before is not touched.
 */
public final class JiraProjectScreens {
    private final IssueTypeScreenSchemeManager issueTypeScreenSchemeManager;
    private final FieldScreenSchemeManager fieldScreenSchemeManager;
    private final ScreenFactoryLookup screenFactory;
    private final ProjectManager projectManager;

    public JiraProjectScreens(
            IssueTypeScreenSchemeManager issueTypeScreenSchemeManager,
            FieldScreenSchemeManager fieldScreenSchemeManager,
            ScreenFactoryLookup screenFactory,
            ProjectManager projectManager) {
        this.issueTypeScreenSchemeManager = issueTypeScreenSchemeManager;
        this.fieldScreenSchemeManager = fieldScreenSchemeManager;
        this.screenFactory = screenFactory;
        this.projectManager = projectManager;
    }

    /** Every issue type screen scheme, with its entries and the keys of the projects using it. */
    public List<ExistingIssueTypeScreenScheme> read() {
        Map<Long, Set<String>> users = new HashMap<>();
        for (Project project : projectManager.getProjects()) {
            IssueTypeScreenScheme scheme = issueTypeScreenSchemeManager.getIssueTypeScreenScheme(project);
            if (scheme != null) {
                users.computeIfAbsent(scheme.getId(), id -> new TreeSet<>()).add(project.getKey());
            }
        }
        return issueTypeScreenSchemeManager.getIssueTypeScreenSchemes().stream()
                .map(s -> new ExistingIssueTypeScreenScheme(
                        String.valueOf(s.getId()), s.getName(), mappings(s), users.getOrDefault(s.getId(), Set.of())))
                .toList();
    }

    /**
     * Gives the project its own scheme: the existing one of that name or a new one, completed with
     * the entries of the project's current scheme and {@code change.mappings()} that it lacks, then
     * used by the project instead of the current one. Every screen scheme is looked up before
     * anything is made, so a missing one stops the step with nothing changed.
     */
    public String assign(ProjectScreens change) {
        String key = change.project().key();
        FieldScreenFactory factory = screenFactory.require(change.schemeName());
        Project project = projectManager.getProjectByCurrentKey(key);
        if (project == null) {
            throw new SetupFailure(SetupMessage.of("failure.project-missing", key), null);
        }
        IssueTypeScreenScheme current = issueTypeScreenSchemeManager.getIssueTypeScreenScheme(project);
        Optional<IssueTypeScreenScheme> found = issueTypeScreenSchemeManager.getIssueTypeScreenSchemes().stream()
                .filter(s -> s.getName() != null && s.getName().strip().equalsIgnoreCase(change.schemeName()))
                .findFirst();
        boolean same = current != null
                && found.isPresent()
                && Objects.equals(current.getId(), found.get().getId());
        ScreenSchemeMappings have = found.map(JiraProjectScreens::mappings).orElse(ScreenSchemeMappings.none());
        ScreenSchemeMappings source = same || current == null ? have : mappings(current);
        ScreenSchemeMappings add = source.with(change.mappings()).missingFrom(have);
        if (have.defaultScheme().isEmpty() && add.defaultScheme().isEmpty()) {
            throw new SetupFailure(SetupMessage.of("failure.no-default-screen-scheme", key), null);
        }
        Map<Optional<String>, FieldScreenScheme> entries = resolve(change, add);
        IssueTypeScreenScheme target = found.orElseGet(() -> newScheme(factory, change));
        entries.forEach((type, scheme) -> {
            IssueTypeScreenSchemeEntity entity = factory.createIssueTypeScreenSchemeEntity();
            entity.setIssueTypeId(type.orElse(null)); // null: the default entry
            entity.setFieldScreenScheme(scheme);
            target.addEntity(entity);
        });
        if (!same) {
            switchTo(project, current, target, change);
        }
        return String.valueOf(target.getId());
    }

    /**
     * Jira's own switch: end the current association, add the new one; when adding fails, the
     * current scheme is put back so the project is never left without one.
     */
    private void switchTo(
            Project project, IssueTypeScreenScheme current, IssueTypeScreenScheme target, ProjectScreens change) {
        if (current != null) {
            issueTypeScreenSchemeManager.removeSchemeAssociation(project, current);
        }
        try {
            issueTypeScreenSchemeManager.addSchemeAssociation(project, target);
        } catch (RuntimeException e) {
            String key = change.project().key();
            String previous = current == null ? "-" : current.getName();
            if (current == null) {
                throw new SetupFailure(
                        SetupMessage.of("failure.project-screens-switch", key, change.schemeName(), why(e), previous),
                        e);
            }
            try {
                issueTypeScreenSchemeManager.addSchemeAssociation(project, current);
            } catch (RuntimeException restore) {
                throw new SetupFailure(
                        SetupMessage.of(
                                "failure.project-screens-restore",
                                key,
                                change.schemeName(),
                                why(e),
                                previous,
                                why(restore)),
                        e);
            }
            throw new SetupFailure(
                    SetupMessage.of("failure.project-screens-switch", key, change.schemeName(), why(e), previous), e);
        }
    }

    static String why(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private Map<Optional<String>, FieldScreenScheme> resolve(ProjectScreens change, ScreenSchemeMappings add) {
        Map<Optional<String>, FieldScreenScheme> entries = new LinkedHashMap<>();
        add.defaultScheme().ifPresent(id -> entries.put(Optional.empty(), screenScheme(change, id)));
        add.byIssueType().forEach((type, id) -> entries.put(Optional.of(type), screenScheme(change, id)));
        return entries;
    }

    private FieldScreenScheme screenScheme(ProjectScreens change, String id) {
        FieldScreenScheme scheme = id == null ? null : fieldScreenSchemeManager.getFieldScreenScheme(Long.valueOf(id));
        if (scheme == null) {
            throw new SetupFailure(
                    SetupMessage.of("failure.screen-scheme-missing", change.schemeName(), String.valueOf(id)), null);
        }
        return scheme;
    }

    private static IssueTypeScreenScheme newScheme(FieldScreenFactory factory, ProjectScreens change) {
        IssueTypeScreenScheme scheme = factory.createIssueTypeScreenScheme();
        scheme.setName(change.schemeName());
        scheme.setDescription(change.description());
        scheme.store(); // entries can only be added to a stored scheme
        return scheme;
    }

    private static ScreenSchemeMappings mappings(IssueTypeScreenScheme scheme) {
        Optional<String> defaultScheme = Optional.empty();
        Map<String, String> byType = new LinkedHashMap<>();
        for (IssueTypeScreenSchemeEntity entity : scheme.getEntities()) {
            FieldScreenScheme screens = entity.getFieldScreenScheme();
            if (screens == null) {
                continue;
            }
            String id = String.valueOf(screens.getId());
            if (entity.getIssueTypeId() == null) {
                defaultScheme = Optional.of(id);
            } else {
                byType.put(entity.getIssueTypeId(), id);
            }
        }
        return new ScreenSchemeMappings(defaultScheme, byType);
    }
}
