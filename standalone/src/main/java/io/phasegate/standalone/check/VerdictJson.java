package io.phasegate.standalone.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.phasegate.contract.ContractJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link CheckReport} as the JSON document of {@code phasegate check --format json}, with
 * the REST contract's writer ({@link io.phasegate.contract.VerdictJson}) and a pretty printer, so
 * that the CLI and {@code POST /gates/dry-run} answer the same JSON. {@code field} and {@code
 * fieldName} are {@code null} when a violation concerns the issue as a whole.
 */
final class VerdictJson {
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENTER)
            .withArrayIndenter(INDENTER);

    private VerdictJson() {}

    static String write(CheckReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = ContractJson.FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(PRINTER.createInstance());
            io.phasegate.contract.VerdictJson.write(report.toVerdict(), json);
        } catch (IOException e) {
            // A tree of strings, booleans and nulls always serialises; this would be a bug.
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
