package io.phasegate.contract.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import io.phasegate.contract.ContractRoutes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code docs/rest/openapi.yaml} for tests: its routes, and the validation of a real answer (status
 * and JSON body) against the schema the document gives for that route and status, with an OpenAPI
 * 3.0 JSON-schema validator ({@code nullable} understood).
 */
public final class OpenApiDocument {
    public static final String RELATIVE = "docs/rest/openapi.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4, builder -> builder.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().nullableKeywordEnabled(true).build();

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** The document of this checkout, found from the module directory upwards. */
    public static OpenApiDocument load() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve(RELATIVE))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no " + RELATIVE + " above " + Path.of("").toAbsolutePath());
        }
        try {
            return new OpenApiDocument(YAML.readTree(dir.resolve(RELATIVE).toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode tree() {
        return document;
    }

    /** Every documented route. */
    public Set<ContractRoutes.Route> routes() {
        Set<ContractRoutes.Route> routes =
                new TreeSet<>((a, b) -> (a.path() + a.method()).compareTo(b.path() + b.method()));
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(method ->
                            routes.add(new ContractRoutes.Route(method.toUpperCase(Locale.ROOT), path.getKey())));
        }
        return routes;
    }

    /**
     * What is wrong with an answer; empty when the route documents this status and the body fits
     * its schema.
     */
    public List<String> problems(String method, String path, int status, String body) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of(method + " " + path + " is not documented");
        }
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            return List.of(method + " " + path + " does not document status " + status);
        }
        response = resolve(response);
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return List.of(method + " " + path + " " + status + " has no application/json schema");
        }
        ObjectNode root = schema.deepCopy();
        root.set("components", document.path("components"));
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : SCHEMAS.getSchema(root, CONFIG).validate(answer)) {
            problems.add(method + " " + path + " " + status + ": " + message.getMessage());
        }
        return problems;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (!ref.isTextual()) {
            return node;
        }
        return document.at(ref.textValue().substring(1));
    }
}
