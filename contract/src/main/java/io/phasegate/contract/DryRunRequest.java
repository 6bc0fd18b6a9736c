package io.phasegate.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.phasegate.core.issue.IssueKey;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Objects;

/**
 * The body of {@code POST /gates/dry-run}: {@code {"gate": {…gate configuration…}, "issueKey":
 * "PG-7"}}. The gate comes back as JSON text for the adapter's own gate reader (which knows the
 * field names of its data). Duplicate names and trailing data are refused, as every bad body is,
 * with a {@code bad-parameter} error that says what the body must be.
 */
public record DryRunRequest(String gateJson, IssueKey issueKey) {
    static final String SHAPE = "the body must be {\"gate\": {…gate configuration…}, \"issueKey\": \"PG-7\"}";
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public DryRunRequest {
        Objects.requireNonNull(gateJson, "gateJson");
        Objects.requireNonNull(issueKey, "issueKey");
    }

    /** Reads a request body. */
    public static DryRunRequest parse(byte[] body) {
        String gate = null;
        String key = null;
        try (JsonParser parser = STRICT.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw ApiException.badParameter("the body must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("gate") && value == JsonToken.START_OBJECT) {
                    gate = copy(parser);
                } else if (name.equals("issueKey") && value == JsonToken.VALUE_STRING) {
                    key = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw ApiException.badParameter("the body is not valid JSON: data after the object");
            }
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badParameter("the body cannot be read: " + e.getMessage());
        }
        if (gate == null || key == null) {
            throw ApiException.badParameter(SHAPE);
        }
        try {
            return new DryRunRequest(gate, IssueKey.of(key.strip()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("\"" + key + "\" is not an issue key such as PG-7");
        }
    }

    private static String copy(JsonParser parser) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = STRICT.createGenerator(out)) {
            json.copyCurrentStructure(parser);
        }
        return out.toString();
    }
}
