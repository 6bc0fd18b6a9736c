package io.phasegate.standalone.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the transitions of a Jira Data Center workflow XML export (Administration → Workflows →
 * Export as XML, OSWorkflow format): initial, global, common and step actions, each with its
 * validators and the names of the steps it leaves from and leads to.
 */
public final class WorkflowXmlReader {

    /** The transitions in {@code xml}, in document order (initial, global, common, then per step). */
    public List<WorkflowTransition> read(byte[] xml) throws WorkflowXmlException {
        Document document = SafeXml.parse(xml);
        Element workflow = document.getDocumentElement();
        if (!"workflow".equals(workflow.getTagName())) {
            throw new WorkflowXmlException("is not a Jira workflow export: its root element is <"
                    + workflow.getTagName() + ">, not <workflow>");
        }
        Map<String, String> stepNames = stepNames(workflow);
        Map<Element, List<String>> actions = new LinkedHashMap<>();
        for (Element action : children(child(workflow, "initial-actions"), "action")) {
            actions.put(action, List.of(WorkflowTransition.CREATE));
        }
        for (Element action : children(child(workflow, "global-actions"), "action")) {
            actions.put(action, List.of(WorkflowTransition.ANY_STEP));
        }
        Map<String, Element> common = new LinkedHashMap<>();
        for (Element action : children(child(workflow, "common-actions"), "action")) {
            common.put(action.getAttribute("id"), action);
            actions.put(action, new ArrayList<>());
        }
        for (Element step : children(child(workflow, "steps"), "step")) {
            addStepActions(step, common, actions);
        }
        List<WorkflowTransition> transitions = new ArrayList<>();
        for (Map.Entry<Element, List<String>> entry : actions.entrySet()) {
            transitions.add(transition(entry.getKey(), entry.getValue(), stepNames));
        }
        return transitions;
    }

    private static void addStepActions(Element step, Map<String, Element> common, Map<Element, List<String>> actions)
            throws WorkflowXmlException {
        String from = step.getAttribute("name");
        Element stepActions = child(step, "actions");
        for (Element action : children(stepActions, "action")) {
            actions.put(action, List.of(from));
        }
        for (Element reference : children(stepActions, "common-action")) {
            Element action = common.get(reference.getAttribute("id"));
            if (action == null) {
                throw new WorkflowXmlException("is inconsistent: step '" + from + "' refers to common action "
                        + reference.getAttribute("id") + ", which the export does not define");
            }
            actions.get(action).add(from);
        }
    }

    private static WorkflowTransition transition(Element action, List<String> from, Map<String, String> stepNames)
            throws WorkflowXmlException {
        String id = action.getAttribute("id");
        int number;
        try {
            number = Integer.parseInt(id.strip());
        } catch (NumberFormatException e) {
            throw new WorkflowXmlException("has an <action> whose id is not a number: '" + id + "'");
        }
        Element result = child(child(action, "results"), "unconditional-result");
        String target = result == null ? "" : result.getAttribute("step");
        String to = stepNames.getOrDefault(target, "(step '" + target + "', not in this export)");
        List<WorkflowValidator> validators = new ArrayList<>();
        for (Element validator : children(child(action, "validators"), "validator")) {
            validators.add(validator(validator));
        }
        return new WorkflowTransition(number, action.getAttribute("name"), from, to, validators);
    }

    private static WorkflowValidator validator(Element validator) {
        Map<String, String> args = new LinkedHashMap<>();
        for (Element arg : children(validator, "arg")) {
            args.putIfAbsent(arg.getAttribute("name"), arg.getTextContent());
        }
        return new WorkflowValidator(validator.getAttribute("type"), args);
    }

    private static Map<String, String> stepNames(Element workflow) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Element step : children(child(workflow, "steps"), "step")) {
            names.put(step.getAttribute("id"), step.getAttribute("name"));
        }
        return names;
    }

    private static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && tag.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }
}
