package io.phasegate.standalone.jira;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Parses the body of a Jira REST response into a Jackson tree. Decimals are kept exact (story
 * points {@code 0.1} stay {@code 0.1}, {@code 5.0} stays {@code 5.0}); parser failures become a
 * {@link RestDataException} that says where the JSON broke.
 */
public final class RestJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final Pattern SOURCE_NOTE =
            Pattern.compile("\\s*\\((?:for root starting|start marker) at \\[Source:[^\\]]*\\]\\)");

    private RestJson() {}

    /** Reads and parses a file; the file name leads every error message. */
    public static JsonNode parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new RestDataException(file + ": no such file", e);
        } catch (IOException e) {
            throw new RestDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses a stream; {@code source} names it in error messages (a file name, a URL, "stdin"). */
    public static JsonNode parse(InputStream in, String source) {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new RestDataException(source + ": is empty; expected the JSON body of a Jira REST response");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RestDataException(source + ": " + describe(e), e);
        } catch (IOException e) {
            throw new RestDataException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        // Jackson's own words, without its note on where the document began: we already say where.
        String original = String.valueOf(e.getOriginalMessage());
        String problem = original.startsWith("Trailing token")
                ? "more data follows the first JSON value; save one response per file"
                : SOURCE_NOTE.matcher(original).replaceAll("");
        String hint = problem.contains("'<'")
                ? " It starts like HTML: perhaps a login or error page was saved instead of the REST response."
                : " Save the body of the Jira REST response as it is (for example with curl -o).";
        return "is not valid JSON" + where + " (" + problem + ")." + hint;
    }
}
