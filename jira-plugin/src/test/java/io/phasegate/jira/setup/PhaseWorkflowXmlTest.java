package io.phasegate.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import com.opensymphony.workflow.loader.WorkflowLoader;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.setup.PhasegateBlueprint;
import io.phasegate.core.setup.SetupBlueprint;
import io.phasegate.core.setup.WorkflowXml;
import io.phasegate.jira.workflow.GateConfigCodec;
import io.phasegate.jira.workflow.PhaseGateValidator;
import io.phasegate.jira.workflow.PhaseGateValidatorArgs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated phase workflow is read by the real OSWorkflow 2.7.0 loader (validating against its
 * DTD) and its gates are exactly what {@link PhaseGateValidator} reads.
 */
public class PhaseWorkflowXmlTest {
    private final SetupBlueprint blueprint = PhasegateBlueprint.standard();

    /**
     * Jira exports declare the 2.8 DTD, which Central's 2.7.0 jar lacks; its 2.7 DTD is validated
     * against instead. 2.7 is the stricter one (it has no {@code name} on {@code <validator>}), so
     * the generated XML leaves that optional attribute out.
     */
    public static WorkflowDescriptor load(String xml) throws Exception {
        String with27 = xml.replace(
                "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN\" \"http://www.opensymphony.com/osworkflow/workflow_2_8.dtd",
                "-//OpenSymphony Group//DTD OSWorkflow 2.7//EN\" \"http://www.opensymphony.com/osworkflow/workflow_2_7.dtd");
        assertThat(with27).isNotEqualTo(xml);
        return WorkflowLoader.load(new ByteArrayInputStream(with27.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, String> ids(List<String> keys, String prefix, int first) {
        Map<String, String> ids = new LinkedHashMap<>();
        keys.forEach(k -> ids.put(k, prefix + (first + ids.size())));
        return ids;
    }

    private String xml() {
        return WorkflowXml.write(
                blueprint,
                ids(blueprint.workflow().statusKeys(), "", 10_000),
                ids(blueprint.fields().stream().map(f -> f.key()).toList(), "customfield_", 10_100));
    }

    @Test
    void osWorkflowLoadsItWithOneStepPerPhase() throws Exception {
        WorkflowDescriptor workflow = load(xml());

        assertThat(workflow.getSteps()).hasSize(8);
        StepDescriptor first = (StepDescriptor) workflow.getSteps().get(0);
        assertThat(first.getName()).isEqualTo("Request for Change");
        assertThat(first.getMetaAttributes()).containsEntry("jira.status.id", "10000");
        assertThat(workflow.getInitialActions()).hasSize(1);
    }

    @Test
    void theGatesAreValidatorsThatPhaseGateValidatorReads() throws Exception {
        WorkflowDescriptor workflow = load(xml());
        Map<String, PhaseGateValidatorArgs> gates = new LinkedHashMap<>();
        for (Object step : workflow.getSteps()) {
            for (Object a : ((StepDescriptor) step).getActions()) {
                ActionDescriptor action = (ActionDescriptor) a;
                for (Object v : action.getValidators()) {
                    ValidatorDescriptor validator = (ValidatorDescriptor) v;
                    assertThat(validator.getType()).isEqualTo("class");
                    assertThat(validator.getArgs()).containsEntry("class.name", PhaseGateValidator.class.getName());
                    gates.put(action.getName(), PhaseGateValidatorArgs.from(validator.getArgs()));
                }
            }
        }

        assertThat(gates).containsOnlyKeys("Start UX Design", "Start Technical Deep-dive", "Ready for Sprint Planning");
        assertThat(gates.values())
                .allSatisfy(args -> assertThat(args.blocksOnMisconfiguration()).isTrue());
        PhaseGate sprint = new GateConfigCodec()
                .read(gates.get("Ready for Sprint Planning").gateJson());
        assertThat(sprint.name()).isEqualTo("ready-for-sprint");
        assertThat(sprint.rules()).hasSize(4);
        assertThat(gates.get("Start UX Design").gateJson())
                .contains("customfield_10100", "\"label\": \"Problem Statement\"");
    }
}
