package io.phasegate.standalone.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowXmlReaderTest {
    static final String OSWORKFLOW_DOCTYPE =
            "<!DOCTYPE workflow PUBLIC \"-//OpenSymphony Group//DTD OSWorkflow 2.8//EN\""
                    + " \"http://www.opensymphony.com/osworkflow/workflow_2_8.dtd\">";

    @TempDir
    Path dir;

    private final WorkflowXmlReader reader = new WorkflowXmlReader();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = WorkflowXmlReaderTest.class.getResourceAsStream("/migrate/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsEveryTransitionOfAJiraExportWithItsStepsAndValidators() throws Exception {
        List<WorkflowTransition> transitions = reader.read(fixture("software-workflow.xml"));

        assertThat(transitions)
                .extracting(
                        WorkflowTransition::id,
                        WorkflowTransition::name,
                        WorkflowTransition::from,
                        WorkflowTransition::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Create", List.of(WorkflowTransition.CREATE), "To Do"),
                        org.assertj.core.groups.Tuple.tuple(
                                41, "Reopen", List.of(WorkflowTransition.ANY_STEP), "To Do"),
                        org.assertj.core.groups.Tuple.tuple(
                                11, "Start Progress", List.of("To Do", "In Review"), "In Progress"),
                        org.assertj.core.groups.Tuple.tuple(
                                21, "Send to <Review> | \"QA\" *now*", List.of("In Progress"), "In Review"),
                        org.assertj.core.groups.Tuple.tuple(31, "Done", List.of("In Review"), "Done"));
    }

    @Test
    void gateJsonIsTheArgTextWithEntitiesAndCdataDecoded() throws Exception {
        List<WorkflowTransition> transitions = reader.read(fixture("software-workflow.xml"));

        WorkflowValidator reopen = transitions.get(1).validators().get(0);
        WorkflowValidator start = transitions.get(2).validators().get(0);
        assertThat(reopen.isPhasegate()).isTrue();
        assertThat(reopen.gateJson()).startsWith("{\"gate\": \"estimated\", ");
        assertThat(start.gateJson()).startsWith("{\n  \"gate\" : \"ready-for-sprint\",");
        assertThat(transitions.get(3).validators())
                .extracting(WorkflowValidator::className)
                .containsExactly(
                        WorkflowValidator.PHASEGATE_CLASS,
                        "com.googlecode.jsu.workflow.validator.FieldsRequiredValidator");
        assertThat(transitions.get(4).validators().get(0).dataCenterBlocksWhenBroken())
                .isFalse();
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE workflow [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<workflow><global-actions><action id=\"1\" name=\"&x;\"/></global-actions></workflow>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WorkflowXmlException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void jirasDeclarationWithAnInternalSubsetIsRefusedToo() {
        String xml = "<?xml version=\"1.0\"?>\n" + OSWORKFLOW_DOCTYPE.replace(">", " [<!ENTITY a \"aaaa\">]>")
                + "\n<workflow/>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WorkflowXmlException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void billionLaughsIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE workflow [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<workflow><steps><step id=\"1\" name=\"&c;\"/></steps></workflow>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WorkflowXmlException.class);
    }

    @Test
    void lineNumbersStayRightAfterJirasDeclarationIsBlanked() {
        String xml = "<?xml version=\"1.0\"?>\n" + OSWORKFLOW_DOCTYPE + "\n<workflow>\n<steps>\n</workflow>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WorkflowXmlException.class)
                .hasMessageContaining("line 5");
    }

    @Test
    void otherDocumentsAreNotWorkflows() {
        assertThatThrownBy(() -> reader.read("<project/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("is not a Jira workflow export: its root element is <project>, not <workflow>");
        assertThatThrownBy(() -> reader.read("{\"gate\": 1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WorkflowXmlException.class)
                .hasMessageStartingWith("is not well-formed XML or is refused (line 1, column 1)");
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(WorkflowXmlException.class);
    }

    @Test
    void aReferenceToAMissingCommonActionIsReported() {
        String xml = "<workflow><steps><step id=\"1\" name=\"Open\"><actions><common-action id=\"9\"/></actions>"
                + "</step></steps></workflow>";

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("is inconsistent: step 'Open' refers to common action 9, which the export does not define");
    }

    @Test
    void aTargetStepMissingFromTheExportIsNamedAsSuch() throws Exception {
        String xml = "<workflow><global-actions><action id=\"5\" name=\"Jump\"><results>"
                + "<unconditional-result old-status=\"x\" status=\"y\" step=\"77\"/></results></action>"
                + "</global-actions></workflow>";

        assertThat(reader.read(xml.getBytes(StandardCharsets.UTF_8)).get(0).to())
                .isEqualTo("(step '77', not in this export)");
    }
}
