package io.phasegate.jira.admin;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.phasegate.core.readiness.CpoRelabelCount;
import io.phasegate.core.setup.IconChoice;
import io.phasegate.core.setup.IssueTypeIcons;
import io.phasegate.core.setup.ProjectRef;
import io.phasegate.core.setup.SetupPlan;
import io.phasegate.core.setup.SetupReport;
import io.phasegate.core.setup.SetupStep;
import io.phasegate.core.setup.StepAction;
import io.phasegate.core.setup.StepKind;
import io.phasegate.core.setup.StepOutcome;
import io.phasegate.jira.i18n.JiraMessages;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The view model of the set-up admin page (templates/admin/setup.vm): the project picker, the
 * preview of the planned steps, or the outcome of each step after applying with what to do next.
 * Every text is already in the administrator's language; the template only lays it out.
 */
public final class SetupPageView {
    private final JiraMessages messages;
    private final JiraAuthenticationContext authentication;
    private final SetupRows rows;

    public SetupPageView(JiraMessages messages, JiraAuthenticationContext authentication) {
        this.messages = messages;
        this.authentication = authentication;
        this.rows = new SetupRows(messages);
    }

    /** A plugin text in the administrator's language. */
    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The picker, and the preview of {@code plan} when a project is chosen. */
    Map<String, Object> preview(
            SetupForm form, List<ProjectRef> projects, Optional<SetupPlan> plan, List<Notice> notices) {
        Optional<ProjectRef> project = plan.map(SetupPlan::project);
        Map<String, Object> page = base(form, projects, project, notices);
        List<SetupStep> steps = plan.map(SetupPlan::steps).orElse(List.of());
        page.put("hasPlan", plan.isPresent());
        page.put("steps", steps.stream().map(rows::planned).toList());
        page.put(
                "planCounts",
                rows.counts(
                        count(steps, SetupStep::action, StepAction.class),
                        "phasegate.admin.action.",
                        SetupRows.actionLozenges()));
        page.put("canApply", plan.map(SetupPlan::createsAnything).orElse(false));
        page.put(
                "hasOpenSteps",
                steps.stream().anyMatch(s -> s.action() == StepAction.MANUAL || s.action() == StepAction.CONFLICT));
        return page;
    }

    /** What applying did, step by step, and the next action. */
    Map<String, Object> report(SetupForm form, List<ProjectRef> projects, SetupReport report) {
        List<Notice> notices = List.of(headline(report));
        Map<String, Object> page = base(form, projects, Optional.of(report.project()), notices);
        page.put("hasReport", true);
        page.put("outcomes", report.outcomes().stream().map(rows::outcome).toList());
        page.put(
                "reportCounts",
                rows.counts(
                        count(report.outcomes(), StepOutcome::result, StepOutcome.Result.class),
                        "phasegate.admin.result.",
                        SetupRows.resultLozenges()));
        page.put("nextAction", rows.text(report.nextAction()));
        return page;
    }

    /**
     * Adds which icon each issue type the preview will create gets ({@code icons} by issue type
     * name); types that exist already keep their icon and are not listed.
     */
    Map<String, Object> withIcons(Map<String, Object> page, SetupPlan plan, Map<String, IconChoice> icons) {
        List<String> created = plan.steps().stream()
                .filter(s -> s.kind() == StepKind.ISSUE_TYPE && s.action() == StepAction.CREATE)
                .map(SetupStep::name)
                .toList();
        return putIcons(page, created, icons, "phasegate.admin.icons.planned");
    }

    /** Adds which icon each issue type created by this run got. */
    Map<String, Object> withIcons(Map<String, Object> page, SetupReport report, Map<String, IconChoice> icons) {
        List<String> created = report.outcomes().stream()
                .filter(o -> o.step().kind() == StepKind.ISSUE_TYPE && o.result() == StepOutcome.Result.DONE)
                .map(o -> o.step().name())
                .toList();
        return putIcons(page, created, icons, "phasegate.admin.icons.created");
    }

    private Map<String, Object> putIcons(
            Map<String, Object> page, List<String> names, Map<String, IconChoice> icons, String headingKey) {
        List<String> rows = names.stream()
                .filter(icons::containsKey)
                .map(name -> iconText(name, icons.get(name)))
                .toList();
        page.put("icons", rows);
        page.put("iconsHeading", rows.isEmpty() ? "" : messages.text(headingKey));
        return page;
    }

    private String iconText(String typeName, IconChoice choice) {
        return choice.icon()
                .map(icon -> messages.text(
                        "phasegate.admin.icons.system", typeName, icon.fileName(), String.valueOf(icon.id())))
                .orElseGet(() -> messages.text(
                        "phasegate.admin.icons.default",
                        typeName,
                        String.join(", ", IssueTypeIcons.preferred(choice.issueTypeKey()))));
    }

    /** The banner after relabelling a project's RFCs: how many were checked and changed, and failures. */
    Notice relabelled(String projectKey, CpoRelabelCount count) {
        List<String> args = List.of(
                projectKey,
                String.valueOf(count.examined()),
                String.valueOf(count.added()),
                String.valueOf(count.removed()),
                String.valueOf(count.failed()));
        return count.failed() > 0
                ? new Notice(Notice.Level.WARNING, "phasegate.admin.cpo.partly", args)
                : new Notice(Notice.Level.SUCCESS, "phasegate.admin.cpo.done", args);
    }

    /** The banner when a project's RFCs could not be relabelled at all; nothing was changed. */
    Notice relabelRefused(String projectKey, String reasonKey) {
        return new Notice(Notice.Level.ERROR, "phasegate.admin.cpo." + reasonKey, List.of(projectKey));
    }

    private Map<String, Object> base(
            SetupForm form, List<ProjectRef> projects, Optional<ProjectRef> project, List<Notice> notices) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("i18n", authentication.getI18nHelper());
        page.put("formAction", form.action());
        page.put("tokenParameter", form.tokenParameter());
        page.put("token", form.token());
        page.put("projects", projects.stream().map(p -> option(p, project)).toList());
        page.put("hasProjects", !projects.isEmpty());
        page.put("projectKey", project.map(ProjectRef::key).orElse(""));
        page.put("projectName", project.map(ProjectRef::name).orElse(""));
        page.put("notices", notices.stream().map(this::notice).toList());
        page.put("hasPlan", false);
        page.put("steps", List.of());
        page.put("planCounts", List.of());
        page.put("canApply", false);
        page.put("hasOpenSteps", false);
        page.put("hasReport", false);
        page.put("outcomes", List.of());
        page.put("reportCounts", List.of());
        page.put("nextAction", "");
        page.put("icons", List.of());
        page.put("iconsHeading", "");
        return page;
    }

    private static Map<String, Object> option(ProjectRef project, Optional<ProjectRef> selected) {
        return Map.of(
                "key", project.key(),
                "name", project.name(),
                "selected", selected.map(s -> s.key().equals(project.key())).orElse(false));
    }

    private Map<String, Object> notice(Notice notice) {
        return Map.of(
                "type", notice.level().name().toLowerCase(java.util.Locale.ROOT),
                "text", messages.text(notice.key(), notice.args().toArray()));
    }

    /** Red when a step failed, yellow when steps are left for an administrator, green when complete. */
    private static Notice headline(SetupReport report) {
        String project = report.project().key();
        if (report.failed()) {
            return new Notice(Notice.Level.ERROR, "phasegate.admin.applied.failed", List.of(project));
        }
        boolean open = !report.outcomes(StepOutcome.Result.NEEDS_ADMIN).isEmpty()
                || !report.outcomes(StepOutcome.Result.NOT_ATTEMPTED).isEmpty();
        return open
                ? new Notice(Notice.Level.WARNING, "phasegate.admin.applied.open", List.of(project))
                : new Notice(Notice.Level.SUCCESS, "phasegate.admin.applied.complete", List.of(project));
    }

    /** Counts per value, in the enum's order, leaving out values that do not occur. */
    private static <T, E extends Enum<E>> Map<E, Long> count(List<T> items, Function<T, E> by, Class<E> type) {
        return items.stream().collect(Collectors.groupingBy(by, () -> new EnumMap<>(type), Collectors.counting()));
    }
}
