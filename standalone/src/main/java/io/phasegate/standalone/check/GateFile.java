package io.phasegate.standalone.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.ConfigProblem;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.message.MessageKey;
import io.phasegate.standalone.jira.FieldCatalogue;
import io.phasegate.standalone.text.BundleMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a gate configuration file (the JSON format of {@link GateConfigParser}) into a {@link
 * PhaseGate}, with field names resolved through a catalogue first. Everything wrong with the file is
 * reported at once, each problem with its JSONPath.
 */
public final class GateFile {
    // A key given twice is a typing mistake in a hand-written file; silently taking the last would hide it.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final Pattern SOURCE_NOTE =
            Pattern.compile("\\s*\\((?:for root starting|start marker) at \\[Source:[^\\]]*\\]\\)");

    private final GateConfigParser parser = new GateConfigParser();
    private final BundleMessages messages;

    public GateFile(BundleMessages messages) {
        this.messages = messages;
    }

    /**
     * Reads and checks the gate configuration.
     *
     * @throws BadInputException when the file cannot be read, is not JSON, names an unknown or
     *     ambiguous field, or is not a valid configuration
     */
    public PhaseGate read(Path file, FieldCatalogue catalogue) {
        return read(json(file), catalogue, file.toString());
    }

    /**
     * Checks a gate configuration already parsed, such as a request body's {@code "gate"}.
     *
     * @param source what the configuration is called in the message, such as a file name
     * @throws BadInputException when it names an unknown or ambiguous field or is not a valid configuration
     */
    public PhaseGate read(JsonNode tree, FieldCatalogue catalogue, String source) {
        GateFieldNames.Resolved resolved = new GateFieldNames(catalogue).toIds(tree);
        List<String> problems = new ArrayList<>(resolved.problems().values());
        try {
            PhaseGate gate = parser.parse(GateTree.of(resolved.tree()));
            if (problems.isEmpty()) {
                return gate;
            }
        } catch (GateConfigException e) {
            e.problems().stream()
                    .filter(problem -> !reportedAsName(problem, resolved))
                    .map(problem -> messages.render(problem.message()))
                    .forEach(problems::add);
        } catch (IllegalArgumentException e) {
            // A rule refused a value the parser let through: still a configuration problem, not a crash.
            problems.add("$: " + e.getMessage());
        }
        throw new BadInputException(
                source + " is not a valid gate configuration (" + count(problems.size()) + "):", problems);
    }

    /** The parser calls an unresolved name "not a field id"; the name problem already says more. */
    private static boolean reportedAsName(ConfigProblem problem, GateFieldNames.Resolved resolved) {
        return problem.message().key() == MessageKey.CONFIG_BAD_FIELD_ID
                && resolved.problems().containsKey(problem.path());
    }

    private static JsonNode json(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode tree = MAPPER.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new BadInputException(file + ": is empty; expected a gate configuration"
                        + " such as {\"gate\": \"ready-for-sprint\", \"rules\": [...]}");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": is not valid JSON" + where(e.getLocation()) + " ("
                    + SOURCE_NOTE
                            .matcher(String.valueOf(e.getOriginalMessage()))
                            .replaceAll("")
                    + "). Check quotes, commas and brackets.");
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String count(int problems) {
        return problems == 1 ? "1 problem" : problems + " problems";
    }
}
