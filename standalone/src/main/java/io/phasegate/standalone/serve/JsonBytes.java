package io.phasegate.standalone.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasegate.standalone.health.HealthJsonParts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** JSON bodies as UTF-8 bytes, written with Jackson so that every string is escaped. */
final class JsonBytes {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Writes one JSON value. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonBytes() {}

    static byte[] of(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = HealthJsonParts.FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] of(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code "name": "2026-02-02T09:00:00Z"} or {@code null}. */
    static void instant(JsonGenerator json, String name, Instant instant) throws IOException {
        if (instant == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, instant.toString());
        }
    }

    static byte[] error(String code, String message) {
        return of(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeStringField("code", code);
            json.writeStringField("message", message);
            json.writeEndObject();
            json.writeEndObject();
        });
    }
}
