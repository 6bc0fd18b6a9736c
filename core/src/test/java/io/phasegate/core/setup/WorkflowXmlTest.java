package io.phasegate.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.testing.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class WorkflowXmlTest {
    private final SetupBlueprint blueprint = PhasegateBlueprint.standard();

    static Map<String, String> statusIds(SetupBlueprint blueprint) {
        Map<String, String> ids = new LinkedHashMap<>();
        blueprint.statuses().forEach(s -> ids.put(s.key(), Integer.toString(10_000 + ids.size())));
        return ids;
    }

    static Map<String, String> fieldIds(SetupBlueprint blueprint) {
        Map<String, String> ids = new LinkedHashMap<>();
        blueprint.fields().forEach(f -> ids.put(f.key(), "customfield_" + (10_100 + ids.size())));
        return ids;
    }

    private Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private Map<String, String> gates(Document doc) {
        Map<String, String> gates = new LinkedHashMap<>();
        for (Element action : elements(doc, "action")) {
            for (Element arg : childArgs(action)) {
                if (arg.getAttribute("name").equals(WorkflowXml.GATE_ARG)) {
                    gates.put(action.getAttribute("name"), arg.getTextContent());
                }
            }
        }
        return gates;
    }

    private List<Element> childArgs(Element action) {
        List<Element> args = new ArrayList<>();
        NodeList nodes = action.getElementsByTagName("arg");
        for (int i = 0; i < nodes.getLength(); i++) {
            args.add((Element) nodes.item(i));
        }
        return args;
    }

    @Test
    void oneStepPerPhaseWithTheStatusIdOfEach() throws Exception {
        Document doc = parse(WorkflowXml.write(blueprint, statusIds(blueprint), fieldIds(blueprint)));

        assertThat(elements(doc, "step"))
                .extracting(e -> e.getAttribute("name"))
                .containsExactly(
                        "Request for Change",
                        "UX Design",
                        "Technical Deep-dive",
                        "Sprint Planning",
                        "Coding",
                        "Build Pipeline",
                        "Production Deployment",
                        "Production Monitoring");
        assertThat(elements(doc, "meta"))
                .filteredOn(m -> m.getAttribute("name").equals("jira.status.id"))
                .extracting(Element::getTextContent)
                .containsExactly("10000", "10001", "10002", "10003", "10004", "10005", "10006", "10007");
    }

    @Test
    void theThreeGatesReadTheirFieldsByJiraId() throws Exception {
        Map<String, String> fields = fieldIds(blueprint);
        Document doc = parse(WorkflowXml.write(blueprint, statusIds(blueprint), fields));
        Map<String, String> gates = gates(doc);

        assertThat(gates).containsOnlyKeys("Start UX Design", "Start Technical Deep-dive", "Ready for Sprint Planning");
        PhaseGate rfc = new GateConfigParser().parse(Json.parse(gates.get("Start UX Design")));
        assertThat(rfc.rules())
                .extracting(r -> r.id())
                .containsOnly(RuleId.FIELD_PRESENT)
                .hasSize(3);
        assertThat(gates.get("Start UX Design"))
                .contains(fields.get("problem-statement"), fields.get("hypothesis"), fields.get("kpi-goals"));
        PhaseGate sprint = new GateConfigParser().parse(Json.parse(gates.get("Ready for Sprint Planning")));
        assertThat(sprint.rules())
                .extracting(r -> r.id())
                .containsExactly(
                        RuleId.STORY_POINTS, RuleId.ACCEPTANCE_CRITERIA, RuleId.TEST_COVERAGE, RuleId.FIELD_PRESENT);
        assertThat(gates.get("Ready for Sprint Planning"))
                .contains(fields.get("story-points"), fields.get("test-cases"), fields.get("architectural-design"));
        assertThat(gates.get("Start Technical Deep-dive")).contains(fields.get("mock-ups"));
    }

    @Test
    void everyTransitionLeadsToAStepOfTheWorkflow() throws Exception {
        Document doc = parse(WorkflowXml.write(blueprint, statusIds(blueprint), fieldIds(blueprint)));

        assertThat(elements(doc, "unconditional-result"))
                .extracting(e -> Integer.parseInt(e.getAttribute("step")))
                .allSatisfy(step -> assertThat(step).isBetween(1, 8));
        assertThat(elements(doc, "action"))
                .extracting(e -> e.getAttribute("id"))
                .doesNotHaveDuplicates()
                .hasSize(15);
    }

    @Test
    void namesAndValuesAreEscaped() throws Exception {
        SetupBlueprint hostile = new SetupBlueprint(
                blueprint.issueTypes(),
                blueprint.fields(),
                blueprint.statuses().stream()
                        .map(s -> new StatusSpec(s.key(), s.name() + " <b>&\"'", s.description(), s.group()))
                        .toList(),
                blueprint.screens(),
                blueprint.screenSchemes(),
                blueprint.workflow());

        Document doc = parse(WorkflowXml.write(hostile, statusIds(blueprint), fieldIds(blueprint)));

        assertThat(elements(doc, "step").get(0).getAttribute("name")).isEqualTo("Request for Change <b>&\"'");
    }

    @Test
    void aMissingIdIsAProgrammingErrorNotASilentGap() {
        Map<String, String> statuses = statusIds(blueprint);
        statuses.remove("coding");

        assertThatThrownBy(() -> WorkflowXml.write(blueprint, statuses, fieldIds(blueprint)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coding");
    }

    @Test
    void controlCharactersAndQuotesInGateJsonStayValid() {
        assertThat(GateJson.string("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
        assertThat(XmlOut.escape("x\u0000y\tz")).isEqualTo("xy\tz");
    }
}
