package io.phasegate.standalone.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Loads the REST responses under {@code src/test/resources/rest/}. */
final class RestFixtures {
    private RestFixtures() {}

    static JsonNode json(String name) {
        InputStream in = RestFixtures.class.getResourceAsStream("/rest/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no fixture rest/" + name);
        }
        return RestJson.parse(in, name);
    }

    static JsonNode parse(String json) {
        return RestJson.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }

    static Path path(String name) {
        try {
            return Path.of(RestFixtures.class.getResource("/rest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
