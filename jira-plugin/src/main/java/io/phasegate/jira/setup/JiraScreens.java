package io.phasegate.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenFactory;
import com.atlassian.jira.issue.fields.screen.FieldScreenLayoutItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import io.phasegate.core.setup.Existing;
import io.phasegate.core.setup.ExistingTab;
import io.phasegate.core.setup.ScreenSchemeSpec;
import io.phasegate.core.setup.ScreenSpec;
import io.phasegate.core.setup.ScreenTab;
import io.phasegate.core.setup.SetupFailure;
import io.phasegate.core.setup.SetupMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Screens and screen schemes in Jira: reads them (with the tabs and fields of the screens set-up is
 * about), creates them, and completes one an earlier run left half-made. Only adds: never removes,
 * moves or renames a tab, field or entry.
 */
public final class JiraScreens {
    private final FieldScreenManager fieldScreenManager;
    private final FieldScreenSchemeManager fieldScreenSchemeManager;
    private final ScreenFactoryLookup screenFactory;
    private final CustomFieldManager customFieldManager;

    public JiraScreens(
            FieldScreenManager fieldScreenManager,
            FieldScreenSchemeManager fieldScreenSchemeManager,
            ScreenFactoryLookup screenFactory,
            CustomFieldManager customFieldManager) {
        this.fieldScreenManager = fieldScreenManager;
        this.fieldScreenSchemeManager = fieldScreenSchemeManager;
        this.screenFactory = screenFactory;
        this.customFieldManager = customFieldManager;
    }

    /** Every screen by id and name. */
    public List<Existing> screens() {
        return fieldScreenManager.getFieldScreens().stream()
                .map(s -> new Existing(String.valueOf(s.getId()), s.getName()))
                .toList();
    }

    /** The tabs of the screens named in {@code names} (ignoring case and blanks), by screen id. */
    public Map<String, List<ExistingTab>> tabs(Set<String> names) {
        Map<String, List<ExistingTab>> tabs = new LinkedHashMap<>();
        for (FieldScreen screen : fieldScreenManager.getFieldScreens()) {
            if (names.stream().anyMatch(n -> same(n, screen.getName()))) {
                tabs.put(
                        String.valueOf(screen.getId()),
                        screen.getTabs().stream()
                                .map(t -> new ExistingTab(t.getName(), fieldIds(t)))
                                .toList());
            }
        }
        return tabs;
    }

    /** Every screen scheme by id and name. */
    public List<Existing> schemes() {
        return fieldScreenSchemeManager.getFieldScreenSchemes().stream()
                .map(s -> new Existing(String.valueOf(s.getId()), s.getName()))
                .toList();
    }

    /** The default screen of the screen schemes named in {@code names}, by scheme id (empty: none). */
    public Map<String, Optional<String>> defaultScreens(Set<String> names) {
        Map<String, Optional<String>> defaults = new LinkedHashMap<>();
        for (FieldScreenScheme scheme : fieldScreenSchemeManager.getFieldScreenSchemes()) {
            if (names.stream().anyMatch(n -> same(n, scheme.getName()))) {
                defaults.put(
                        String.valueOf(scheme.getId()),
                        defaultItem(scheme)
                                .map(FieldScreenSchemeItem::getFieldScreen)
                                .map(s -> String.valueOf(s.getId())));
            }
        }
        return defaults;
    }

    /**
     * Creates the screen, or completes the one of that name: each tab (matched by name) gets the
     * fields that are on no tab of the screen yet, in order. Every custom field is checked first,
     * so a field that no longer exists stops the step before anything is made.
     */
    public String createScreen(ScreenSpec spec, Map<String, String> fieldIds) {
        FieldScreenFactory factory = screenFactory.require(spec.name());
        Map<ScreenTab, List<String>> wanted = new LinkedHashMap<>();
        for (ScreenTab tab : spec.tabs()) {
            List<String> ids = new ArrayList<>(tab.systemFields());
            for (String key : tab.fieldKeys()) {
                ids.add(existingField(spec, key, fieldIds.get(key)));
            }
            wanted.put(tab, ids);
        }
        FieldScreen screen = fieldScreenManager.getFieldScreens().stream()
                .filter(s -> same(spec.name(), s.getName()))
                .findFirst()
                .orElseGet(() -> newScreen(factory, spec));
        Set<String> onScreen = new HashSet<>();
        screen.getTabs().forEach(t -> onScreen.addAll(fieldIds(t)));
        wanted.forEach((tab, ids) -> {
            FieldScreenTab jiraTab = screen.getTabs().stream()
                    .filter(t -> same(tab.name(), t.getName()))
                    .findFirst()
                    .orElseGet(() -> screen.addTab(tab.name()));
            ids.stream().filter(onScreen::add).forEach(jiraTab::addFieldScreenLayoutItem);
        });
        return String.valueOf(screen.getId());
    }

    /** Creates the screen scheme with {@code screenId} as default screen, or gives the existing one its default. */
    public String createScreenScheme(ScreenSchemeSpec spec, String screenId) {
        FieldScreenFactory factory = screenFactory.require(spec.name());
        FieldScreen screen = fieldScreenManager.getFieldScreens().stream()
                .filter(s -> String.valueOf(s.getId()).equals(screenId))
                .findFirst()
                .orElseThrow(
                        () -> new SetupFailure(SetupMessage.of("failure.screen-missing", spec.name(), screenId), null));
        FieldScreenScheme scheme = fieldScreenSchemeManager.getFieldScreenSchemes().stream()
                .filter(s -> same(spec.name(), s.getName()))
                .findFirst()
                .orElseGet(() -> newScheme(factory, spec));
        if (defaultItem(scheme).isEmpty()) {
            FieldScreenSchemeItem item = factory.createFieldScreenSchemeItem();
            item.setIssueOperation(null); // the default entry: create, edit and view
            item.setFieldScreen(screen);
            scheme.addFieldScreenSchemeItem(item);
        }
        return String.valueOf(scheme.getId());
    }

    private String existingField(ScreenSpec spec, String key, String id) {
        boolean missing =
                id == null || (id.startsWith("customfield_") && customFieldManager.getCustomFieldObject(id) == null);
        if (missing) {
            throw new SetupFailure(
                    SetupMessage.of("failure.screen-field-missing", spec.name(), key, String.valueOf(id)), null);
        }
        return id;
    }

    private static FieldScreen newScreen(FieldScreenFactory factory, ScreenSpec spec) {
        FieldScreen screen = factory.createScreen();
        screen.setName(spec.name());
        screen.setDescription(spec.description());
        screen.store(); // tabs can only be added to a stored screen
        return screen;
    }

    private static FieldScreenScheme newScheme(FieldScreenFactory factory, ScreenSchemeSpec spec) {
        FieldScreenScheme scheme = factory.createFieldScreenScheme();
        scheme.setName(spec.name());
        scheme.setDescription(spec.description());
        scheme.store();
        return scheme;
    }

    private static Optional<FieldScreenSchemeItem> defaultItem(FieldScreenScheme scheme) {
        return scheme.getFieldScreenSchemeItems().stream()
                .filter(i -> i.getIssueOperation() == null)
                .findFirst();
    }

    private static List<String> fieldIds(FieldScreenTab tab) {
        return tab.getFieldScreenLayoutItems().stream()
                .map(FieldScreenLayoutItem::getFieldId)
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean same(String a, String b) {
        return b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
