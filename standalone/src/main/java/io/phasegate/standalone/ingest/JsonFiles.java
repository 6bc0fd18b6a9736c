package io.phasegate.standalone.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasegate.standalone.jira.RestDataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens data files for streaming and turns parser failures into {@link RestDataException}s with file and JSON pointer. */
final class JsonFiles {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private JsonFiles() {}

    /** A parser over the file, positioned before its first token. */
    static JsonParser open(Path file) {
        try {
            return FACTORY.createParser(Files.newInputStream(file));
        } catch (IOException e) {
            throw new RestDataException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads the value the parser is at as a small tree (one sprint, one field value), never a whole file. */
    static JsonNode tree(JsonParser parser) throws IOException {
        JsonNode node = MAPPER.readTree(parser);
        return node == null ? MAPPER.nullNode() : node;
    }

    /** The JSON pointer of the parser's current position, such as {@code /issues/3/fields}. */
    static String pointer(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return pointer.isEmpty() ? "/" : pointer;
    }

    static RestDataException broken(Path file, JsonParser parser, String problem) {
        return new RestDataException(file.getFileName() + ": " + pointer(parser) + " " + problem);
    }

    /** A parser failure as a message naming the file, the line and the JSON pointer. */
    static RestDataException broken(Path file, JsonParser parser, IOException e) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new RestDataException(file.getFileName() + ": is not valid JSON" + where + " (near "
                    + pointer(parser) + ": " + json.getOriginalMessage()
                    + "). Save the body of the Jira REST response as it is (for example with curl -o)");
        }
        return new RestDataException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")", e);
    }

    /** What a token is, for messages: "an array", "a string". */
    static String kind(JsonToken token) {
        if (token == null) {
            return "nothing (the file ends)";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    static void close(JsonParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
