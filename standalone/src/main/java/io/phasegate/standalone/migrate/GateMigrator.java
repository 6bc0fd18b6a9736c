package io.phasegate.standalone.migrate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasegate.core.cloud.JiraExpressionCompiler;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.ConfigProblem;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the validators of a workflow's transitions into a {@link MigrationReport}, compiling each gate. */
public final class GateMigrator {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JiraExpressionCompiler compiler;

    public GateMigrator(JiraExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    /** Every Phasegate gate compiled, every other validator listed as not migrated. */
    public MigrationReport migrate(String workflow, List<WorkflowTransition> transitions) {
        TransitionSlugs slugs = new TransitionSlugs();
        List<GateMigration> gates = new ArrayList<>();
        List<MigrationReport.Unmigrated> others = new ArrayList<>();
        for (WorkflowTransition transition : transitions) {
            for (WorkflowValidator validator : transition.validators()) {
                if (validator.isPhasegate()) {
                    gates.add(migrate(transition, validator, slugs.next(transition)));
                } else {
                    others.add(new MigrationReport.Unmigrated(transition, validator));
                }
            }
        }
        return new MigrationReport(workflow, gates, others);
    }

    private GateMigration migrate(WorkflowTransition transition, WorkflowValidator validator, String slug) {
        try {
            PhaseGate gate = new GateConfigParser().parse(tree(validator.gateJson()));
            return new GateMigration(
                    transition, validator, slug, Optional.of(gate), List.of(), Optional.of(compiler.compile(gate)));
        } catch (GateConfigException e) {
            return new GateMigration(transition, validator, slug, Optional.empty(), e.problems(), Optional.empty());
        }
    }

    // The same reading as the plugin's GateConfigCodec: blank or unparsable JSON is a CONFIG_NOT_JSON problem.
    private static Object tree(String json) {
        if (json.isBlank()) {
            throw notJson("empty");
        }
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? e.getOriginalMessage()
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage();
            throw notJson(where);
        }
    }

    private static GateConfigException notJson(String detail) {
        return new GateConfigException(List.of(new ConfigProblem("$", Message.of(MessageKey.CONFIG_NOT_JSON, detail))));
    }
}
