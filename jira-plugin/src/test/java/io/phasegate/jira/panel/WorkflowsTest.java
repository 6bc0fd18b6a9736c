package io.phasegate.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import org.junit.jupiter.api.Test;

class WorkflowsTest {
    @Test
    void theTestWorkflowXmlLoadsIntoRealDescriptorsWithTheValidatorArgs() {
        WorkflowDescriptor wf = Workflows.workflow(
                Workflows.step(
                        1,
                        "RFC",
                        Workflows.action(11, "Start UX Design", 2, Workflows.gate("{\"a\":\"<b>\"}", "block"))),
                Workflows.emptyStep(2, "UX Design"));

        ActionDescriptor action = (ActionDescriptor) wf.getStep(1).getActions().get(0);
        ValidatorDescriptor validator =
                (ValidatorDescriptor) action.getValidators().get(0);

        assertThat(validator.getType()).isEqualTo("class");
        assertThat(validator.getArgs().get("class.name")).isEqualTo(Workflows.GATE_CLASS);
        assertThat(validator.getArgs().get("phasegate.gate")).isEqualTo("{\"a\":\"<b>\"}");
        assertThat(JiraNextGates.isPhasegate(validator)).isTrue();
        assertThat(action.getUnconditionalResult().getStep()).isEqualTo(2);
    }
}
