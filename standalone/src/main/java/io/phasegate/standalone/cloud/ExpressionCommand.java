package io.phasegate.standalone.cloud;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasegate.core.cloud.CompileProblem;
import io.phasegate.core.cloud.CompiledGate;
import io.phasegate.core.cloud.CompiledValidator;
import io.phasegate.core.cloud.ExpressionLimits;
import io.phasegate.core.cloud.JiraExpressionCompiler;
import io.phasegate.core.cloud.MessagePatterns;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.standalone.text.BundleMessages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasegate expression}: a gate as the Jira expression of a Jira Cloud workflow validator. */
@Command(
        name = "expression",
        // Hidden from "phasegate --help" until the help test's column layout is updated for a longer name.
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints the Jira expression that checks a gate in a Jira Cloud workflow validator; a gate",
            "over Jira's limits is split over several validators, one expression per line.",
            "Problems go to standard error. Exit status: 0 the expression may be deployed (warnings",
            "included), 2 a rule cannot be expressed, a limit is exceeded, or the input is bad."
        })
public final class ExpressionCommand implements Callable<Integer> {
    static final int DEPLOYABLE = 0;
    static final int NOT_DEPLOYABLE = 2;

    // Package-private: ConfigPageAgreementTest reads gates exactly as this command does.
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Spec
    CommandSpec spec;

    @Option(
            names = "--gate",
            required = true,
            paramLabel = "GATE.json",
            description = "The gate configuration (field ids).")
    Path gate;

    @Option(
            names = "--max-characters",
            paramLabel = "N",
            description = "Longest expression Jira accepts (default: the documented ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    int maxCharacters;

    @Option(
            names = "--max-leaves",
            paramLabel = "N",
            description = "Most syntactic elements Jira accepts (default: the documented ${DEFAULT-VALUE}).",
            defaultValue = "100")
    int maxLeaves;

    @Option(
            names = "--max-expensive-operations",
            paramLabel = "N",
            description = "Most expensive operations per evaluation (default: the documented ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int maxExpensiveOperations;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BundleMessages messages = new BundleMessages();
        try {
            PhaseGate phaseGate = new GateConfigParser().parse(MAPPER.readValue(gate.toFile(), Object.class));
            ExpressionLimits limits = new ExpressionLimits(maxCharacters, maxLeaves, maxExpensiveOperations);
            CompiledGate compiled = new JiraExpressionCompiler(MessagePatterns.english(), limits).compile(phaseGate);
            compiled.validators().forEach(validator -> out.println(validator.expression()));
            if (compiled.split()) {
                err.println("note: split into " + compiled.validators().size()
                        + " validators to stay within Jira's limits; add all of them to the transition"
                        + " (one expression per line):");
                for (int i = 0; i < compiled.validators().size(); i++) {
                    CompiledValidator validator = compiled.validators().get(i);
                    err.println("note:   " + (i + 1) + ": " + validator.rulePaths() + " ("
                            + validator.size().characters()
                            + " characters, " + validator.size().leaves() + " syntactic elements, "
                            + validator.size().expensiveOperations() + " expensive operations)");
                }
            }
            for (CompileProblem problem : compiled.problems()) {
                String kind = problem.severity().blocksDeployment() ? "error" : "warning";
                err.println(kind + ": " + problem.path() + ": " + messages.render(problem.message()));
            }
            return compiled.deployable() ? DEPLOYABLE : NOT_DEPLOYABLE;
        } catch (IOException e) {
            err.println("error: cannot read " + gate + ": " + e.getMessage());
        } catch (GateConfigException e) {
            err.println("error: " + gate + " is not a valid gate configuration:");
            e.problems().forEach(problem -> err.println("  " + messages.render(problem.message())));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
        } finally {
            out.flush();
            err.flush();
        }
        return NOT_DEPLOYABLE;
    }
}
