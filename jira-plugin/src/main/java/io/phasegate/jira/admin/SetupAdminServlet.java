package io.phasegate.jira.admin;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.phasegate.core.setup.ProjectRef;
import io.phasegate.core.setup.SetupPlan;
import io.phasegate.core.setup.SetupReport;
import io.phasegate.jira.panel.CpoRelabelling;
import io.phasegate.jira.setup.JiraProjectSetup;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The project set-up page under Jira administration ({@code /plugins/servlet/phasegate/setup}).
 * GET shows the project picker and, for {@code ?project=KEY}, the preview; POST applies the
 * set-up to that project (or, with {@code operation=cpo-labels}, brings the CPO label of the project's
 * existing RFCs up to date) and shows every step's outcome directly (no redirect: the outcome exists
 * only for this request; applying again re-plans from Jira, and an apply while another one runs on
 * the instance does nothing and says so). Only HTTP,
 * access and XSRF are handled here; planning is {@link JiraProjectSetup}, texts {@link SetupPageView}.
 */
public final class SetupAdminServlet extends HttpServlet {
    static final String TEMPLATE = "templates/admin/setup.vm";
    static final String PATH = "/plugins/servlet/phasegate/setup";
    private static final long serialVersionUID = 1L;
    /** The form parameter that picks a POST's operation; without it, POST applies the set-up. */
    static final String OPERATION = "operation";
    /** The operation that relabels the project's existing CPO-coordinated RFCs. */
    static final String CPO_LABELS = "cpo-labels";

    private final transient AdminAccess access;
    private final transient XsrfTokenAccessor tokens;
    private final transient XsrfTokenValidator tokenValidator;
    private final transient TemplateRenderer renderer;
    private final transient ProjectManager projectManager;
    private final transient JiraProjectSetup setup;
    private final transient SetupPageView view;
    private final transient CpoRelabelling cpoRelabelling;

    public SetupAdminServlet(
            AdminAccess access,
            XsrfTokenAccessor tokens,
            XsrfTokenValidator tokenValidator,
            TemplateRenderer renderer,
            ProjectManager projectManager,
            JiraProjectSetup setup,
            SetupPageView view,
            CpoRelabelling cpoRelabelling) {
        this.access = access;
        this.tokens = tokens;
        this.tokenValidator = tokenValidator;
        this.renderer = renderer;
        this.projectManager = projectManager;
        this.setup = setup;
        this.view = view;
        this.cpoRelabelling = cpoRelabelling;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!access.admit(request, response, view.text("phasegate.admin.forbidden"))) {
            return;
        }
        List<ProjectRef> projects = projects();
        String key = request.getParameter("project");
        Optional<ProjectRef> project = find(projects, key);
        List<Notice> notices = key != null && !key.isBlank() && project.isEmpty()
                ? List.of(Notice.error("phasegate.admin.unknown-project", key))
                : List.of();
        render(response, preview(request, response, projects, project, notices));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!access.admit(request, response, view.text("phasegate.admin.forbidden"))) {
            return;
        }
        List<ProjectRef> projects = projects();
        String key = request.getParameter("project");
        Optional<ProjectRef> project = find(projects, key);
        if (!tokenValidator.validateFormEncodedToken(request)) {
            refuse(request, response, projects, project, Notice.error("phasegate.admin.xsrf"));
        } else if (project.isEmpty()) {
            refuse(
                    request,
                    response,
                    projects,
                    project,
                    Notice.error("phasegate.admin.unknown-project", String.valueOf(key)));
        } else if (CPO_LABELS.equals(request.getParameter(OPERATION))) {
            render(response, preview(request, response, projects, project, List.of(relabel(project.get()))));
        } else {
            apply(request, response, projects, project.get());
        }
    }

    /** Applies the set-up, or, while another apply runs on this instance, does nothing and says so. */
    private void apply(
            HttpServletRequest request, HttpServletResponse response, List<ProjectRef> projects, ProjectRef project)
            throws IOException {
        Optional<SetupReport> report = setup.apply(project);
        if (report.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Notice running =
                    new Notice(Notice.Level.WARNING, "phasegate.admin.already-running", List.of(project.key()));
            render(response, view.preview(form(request, response), projects, Optional.empty(), List.of(running)));
            return;
        }
        SetupReport done = report.get();
        render(response, view.withIcons(view.report(form(request, response), projects, done), done, setup.icons()));
    }

    /** Brings the CPO label of the project's existing RFCs up to date; the banner says what changed. */
    private Notice relabel(ProjectRef project) {
        try {
            return view.relabelled(project.key(), cpoRelabelling.relabel(project.key()));
        } catch (CpoRelabelling.Refused e) {
            return view.relabelRefused(project.key(), e.key());
        }
    }

    /** Nothing was changed: the picker again (with the preview when the project is known) and why. */
    private void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            List<ProjectRef> projects,
            Optional<ProjectRef> project,
            Notice why)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        render(response, preview(request, response, projects, project, List.of(why)));
    }

    /** The picker, and for a known project the preview with the icons its new issue types get. */
    private Map<String, Object> preview(
            HttpServletRequest request,
            HttpServletResponse response,
            List<ProjectRef> projects,
            Optional<ProjectRef> project,
            List<Notice> notices) {
        Optional<SetupPlan> plan = project.map(setup::preview);
        Map<String, Object> page = view.preview(form(request, response), projects, plan, notices);
        return plan.map(p -> view.withIcons(page, p, setup.icons())).orElse(page);
    }

    private List<ProjectRef> projects() {
        return projectManager.getProjects().stream()
                .map(SetupAdminServlet::ref)
                .sorted(Comparator.comparing(ProjectRef::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ProjectRef::key))
                .toList();
    }

    private static ProjectRef ref(Project project) {
        return new ProjectRef(project.getKey(), project.getName() == null ? project.getKey() : project.getName());
    }

    private static Optional<ProjectRef> find(List<ProjectRef> projects, String key) {
        return projects.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    private SetupForm form(HttpServletRequest request, HttpServletResponse response) {
        return new SetupForm(
                request.getContextPath() + PATH,
                tokenValidator.getXsrfParameterName(),
                tokens.getXsrfToken(request, response, true));
    }

    private void render(HttpServletResponse response, Map<String, Object> page) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, page, response.getWriter());
    }
}
