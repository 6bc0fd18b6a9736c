package io.phasegate.standalone.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.standalone.ingest.FileOrder;
import io.phasegate.standalone.jira.FieldCatalogue;
import io.phasegate.standalone.jira.RestDataException;
import io.phasegate.standalone.jira.RestFieldCatalogueReader;
import io.phasegate.standalone.jira.RestIssue;
import io.phasegate.standalone.jira.RestIssueReader;
import io.phasegate.standalone.jira.RestJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The issues of a data directory's search pages as full REST documents, read into snapshots with
 * the same {@link RestIssueReader} as {@code phasegate check}: field names come from {@code
 * fields.json} and the pages' {@code names}, sub-tasks from their own documents in the pages.
 */
final class IssueDocuments {
    private final Map<IssueKey, JsonNode> byKey;
    private final RestIssueReader reader;
    private final FieldCatalogue catalogue;

    private IssueDocuments(Map<IssueKey, JsonNode> byKey, RestIssueReader reader, FieldCatalogue catalogue) {
        this.byKey = byKey;
        this.reader = reader;
        this.catalogue = catalogue;
    }

    static IssueDocuments read(Path dir) {
        FieldCatalogue fields = FieldCatalogue.empty();
        Path fieldFile = dir.resolve("fields.json");
        if (Files.isRegularFile(fieldFile)) {
            fields = new RestFieldCatalogueReader().read(fieldFile);
        }
        List<JsonNode> pages = new ArrayList<>();
        Map<IssueKey, JsonNode> byKey = new LinkedHashMap<>();
        for (Path file : pages(dir)) {
            JsonNode page = RestJson.parse(file);
            pages.add(page);
            JsonNode issues = page.isArray() ? page : page.path("issues");
            for (JsonNode issue : issues) {
                keyOf(issue).ifPresent(key -> byKey.putIfAbsent(key, issue));
            }
        }
        RestIssueReader reader = new RestIssueReader().withCatalogue(fields).withSubtaskDocuments(pages);
        FieldCatalogue catalogue = fields;
        for (JsonNode page : pages) {
            if (page.isObject() && page.has("names")) {
                catalogue = catalogue.merge(new RestFieldCatalogueReader().read(page));
            }
        }
        return new IssueDocuments(byKey, reader, catalogue);
    }

    /** Every field name known from the files, for gate configurations that name fields. */
    FieldCatalogue catalogue() {
        return catalogue;
    }

    /** The issue with this key; empty when no page holds it. */
    Optional<RestIssue> issue(IssueKey key) {
        JsonNode document = byKey.get(key);
        return document == null ? Optional.empty() : Optional.of(reader.read(document));
    }

    private static Optional<IssueKey> keyOf(JsonNode issue) {
        try {
            return issue.path("key").isTextual()
                    ? Optional.of(IssueKey.of(issue.get("key").textValue()))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<Path> pages(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().matches("issues.*\\.json"))
                    .sorted(FileOrder.NATURAL)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RestDataException e) {
            throw e;
        }
    }
}
