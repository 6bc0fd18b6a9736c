package io.phasegate.jira.panel;

import io.phasegate.core.gate.config.ConfigProblem;
import io.phasegate.core.issue.IssueRef;
import io.phasegate.core.message.Message;
import io.phasegate.core.readiness.ChecklistItem;
import io.phasegate.core.readiness.CpoCoordination;
import io.phasegate.core.readiness.GateChecklist;
import io.phasegate.core.readiness.ReadinessChecklist;
import io.phasegate.jira.i18n.JiraMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link ReadinessChecklist} into what the panel template shows: plain maps of texts in the
 * user's language, URLs and flags, every key always present (templates render in strict mode).
 */
final class PanelView {
    private final JiraMessages messages;
    private final PanelLinks links;

    PanelView(JiraMessages messages, PanelLinks links) {
        this.messages = messages;
        this.links = links;
    }

    Map<String, Object> of(ReadinessChecklist checklist, Long issueId) {
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("error", "");
        panel.put("status", checklist.status());
        panel.put(
                "phase",
                checklist
                        .phase()
                        .map(p -> messages.text("phasegate.panel.phase", p.number(), 8))
                        .orElse(""));
        String outlook = checklist.outlook().name().toLowerCase(Locale.ROOT).replace('_', '-');
        panel.put("outlook", outlook);
        panel.put("outlookText", messages.text("phasegate.panel.outlook." + outlook, checklist.hiddenGates()));
        List<Map<String, Object>> gates = new ArrayList<>();
        checklist.gates().forEach(g -> gates.add(gate(g, issueId)));
        panel.put("gates", gates);
        panel.put("related", related(checklist));
        panel.put("cpo", cpo(checklist.cpo()));
        return panel;
    }

    /** The panel when it cannot be built: one clear sentence, every other key empty. */
    Map<String, Object> failed(String status) {
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("error", messages.text("phasegate.panel.error"));
        panel.put("status", status);
        panel.put("phase", "");
        panel.put("outlook", "");
        panel.put("outlookText", "");
        panel.put("gates", List.of());
        panel.put("related", List.of());
        panel.put("cpo", cpo(new CpoCoordination(CpoCoordination.Verdict.NOT_AN_RFC, List.of())));
        return panel;
    }

    private Map<String, Object> gate(GateChecklist gate, Long issueId) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", messages.text("phasegate.panel.gate.title", gate.transition(), gate.targetStatus()));
        view.put("name", messages.gateName(gate.gateName()));
        view.put("blocks", gate.blocks());
        view.put("unreadable", gate.unreadable());
        view.put(
                "summary",
                gate.unreadable()
                        ? messages.text("phasegate.panel.gate.unreadable")
                        : messages.text(
                                "phasegate.panel.gate.summary",
                                gate.passedCount(),
                                gate.items().size()));
        List<String> problems = new ArrayList<>();
        for (ConfigProblem p : gate.configProblems()) {
            problems.add(p.path() + ": " + messages.text(p.message()));
        }
        view.put("problems", problems);
        List<Map<String, Object>> items = new ArrayList<>();
        gate.items().forEach(i -> items.add(item(i, issueId)));
        view.put("items", items);
        return view;
    }

    private Map<String, Object> item(ChecklistItem item, Long issueId) {
        Map<String, Object> view = new LinkedHashMap<>();
        String family = item.rule().configName();
        view.put(
                "label",
                messages.text("phasegate.panel.rule." + family, item.subject().orElse("")));
        String state = item.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        view.put("state", state);
        view.put("stateText", messages.text("phasegate.panel.state." + state));
        List<String> texts = new ArrayList<>();
        for (Message m : item.messages()) {
            texts.add(messages.text(m));
        }
        view.put("messages", texts);
        String fixKey = item.fix().name().toLowerCase(Locale.ROOT).replace('_', '-');
        view.put("fixUrl", links.fix(item.fix(), issueId));
        view.put("fixText", messages.text("phasegate.panel.fix." + fixKey));
        return view;
    }

    private List<Map<String, Object>> related(ReadinessChecklist checklist) {
        List<Map<String, Object>> groups = new ArrayList<>();
        addGroup(groups, "phasegate.panel.related.rfcs", checklist.related().rfcs());
        addGroup(
                groups,
                "phasegate.panel.related.deep-dives",
                checklist.related().deepDives());
        addGroup(groups, "phasegate.panel.related.tests", checklist.related().tests());
        return groups;
    }

    /** One group of linked issues: those the viewer may browse by key, the others only counted. */
    private void addGroup(List<Map<String, Object>> groups, String headingKey, List<IssueRef> issues) {
        if (issues.isEmpty()) {
            return;
        }
        List<Map<String, Object>> views = new ArrayList<>();
        int hidden = 0;
        for (IssueRef ref : issues) {
            if (ref.hidden()) {
                hidden++;
                continue;
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("key", ref.key().value());
            view.put("url", links.browse(ref.key().value()));
            view.put("status", ref.status());
            views.add(view);
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("heading", messages.text(headingKey));
        group.put("issues", views);
        group.put("hiddenText", hidden == 0 ? "" : messages.text("phasegate.panel.related.hidden", hidden));
        groups.add(group);
    }

    private Map<String, Object> cpo(CpoCoordination cpo) {
        Map<String, Object> view = new LinkedHashMap<>();
        boolean shown = cpo.verdict() != CpoCoordination.Verdict.NOT_AN_RFC;
        view.put("shown", shown);
        view.put("coordinated", cpo.coordinated());
        String verdict = cpo.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
        view.put(
                "text",
                shown ? messages.text("phasegate.panel.cpo." + verdict, String.join(", ", cpo.businessLines())) : "");
        return view;
    }
}
