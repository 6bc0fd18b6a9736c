package io.phasegate.jira.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.ConfigProblem;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.gate.config.GateConfigWriter;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the gate configuration JSON stored in the validator's arguments. The format is
 * the engine's (see {@link GateConfigParser}); this class only adds JSON text.
 */
public final class GateConfigCodec {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final GateConfigParser parser = new GateConfigParser();

    /** The gate in {@code json}, or every problem found in it. */
    public PhaseGate read(String json) {
        return parser.parse(tree(json));
    }

    /** The JSON tree of {@code json}: maps, lists, strings, numbers, booleans. */
    public Object tree(String json) {
        if (json == null || json.isBlank()) {
            throw new GateConfigException(
                    List.of(new ConfigProblem("$", Message.of(MessageKey.CONFIG_NOT_JSON, "empty"))));
        }
        try {
            return mapper.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? e.getOriginalMessage()
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage();
            throw new GateConfigException(
                    List.of(new ConfigProblem("$", Message.of(MessageKey.CONFIG_NOT_JSON, where))));
        }
    }

    /** Pretty JSON for the gate, as an admin would write it. */
    public String write(PhaseGate gate) {
        return json(new GateConfigWriter().toTree(gate));
    }

    /** Pretty JSON for a tree. */
    public String json(Map<String, Object> tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a configuration tree is always writable", e);
        }
    }
}
