package io.phasegate.standalone.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.standalone.check.BadInputException;
import io.phasegate.standalone.check.DryRun;
import io.phasegate.standalone.check.GateFile;
import io.phasegate.standalone.jira.RestIssue;
import io.phasegate.standalone.text.BundleMessages;
import java.io.IOException;

/**
 * {@code POST /gates/dry-run} with {@code {"gate": {…}, "issueKey": "PG-7"}}: the verdict of the
 * gate on an issue of the data directory, exactly as {@code phasegate check --format json} prints
 * it. Fields in the gate may be named as in {@code phasegate check}.
 */
final class DryRunEndpoint implements Router.Endpoint {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final BoardSource source;

    DryRunEndpoint(BoardSource source) {
        this.source = source;
    }

    @Override
    public Reply answer(Request request) {
        JsonNode body = body(request);
        JsonNode key = body.path("issueKey");
        if (!key.isTextual() || !body.path("gate").isObject()) {
            throw ApiException.badParameter(
                    "the body must be {\"gate\": {…gate configuration…}, \"issueKey\": \"PG-7\"}");
        }
        IssueKey issueKey;
        try {
            issueKey = IssueKey.of(key.textValue().strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("\"" + key.textValue() + "\" is not an issue key such as PG-7");
        }
        IssueDocuments documents = source.board().documents();
        RestIssue issue = documents
                .issue(issueKey)
                .orElseThrow(() -> ApiException.notFound("issue-not-found", "The data has no issue " + issueKey));
        PhaseGate gate;
        try {
            gate = new GateFile(new BundleMessages()).read(body.get("gate"), documents.catalogue(), "the gate");
        } catch (BadInputException e) {
            throw new ApiException(400, "bad-gate", e.getMessage() + " " + String.join("; ", e.details()));
        }
        return Reply.json(JsonBytes.of(DryRun.verdict(gate, issue, true)));
    }

    private static JsonNode body(Request request) {
        try {
            JsonNode tree = STRICT.readTree(request.body());
            if (tree == null || !tree.isObject()) {
                throw ApiException.badParameter("the body must be a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badParameter("the body cannot be read: " + e.getMessage());
        }
    }
}
