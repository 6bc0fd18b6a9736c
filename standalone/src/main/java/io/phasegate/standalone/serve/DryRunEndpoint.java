package io.phasegate.standalone.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasegate.contract.ApiException;
import io.phasegate.contract.DryRunRequest;
import io.phasegate.contract.VerdictJson;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.standalone.check.BadInputException;
import io.phasegate.standalone.check.DryRun;
import io.phasegate.standalone.check.GateFile;
import io.phasegate.standalone.jira.RestIssue;
import io.phasegate.standalone.text.BundleMessages;

/**
 * {@code POST /gates/dry-run} with {@code {"gate": {…}, "issueKey": "PG-7"}}: the verdict of the
 * gate on an issue of the data directory, exactly as {@code phasegate check --format json} prints
 * it. Fields in the gate may be named as in {@code phasegate check}.
 */
final class DryRunEndpoint implements Router.Endpoint {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final BoardSource source;

    DryRunEndpoint(BoardSource source) {
        this.source = source;
    }

    @Override
    public Reply answer(Request request) {
        DryRunRequest body = DryRunRequest.parse(request.body());
        IssueDocuments documents = source.board().documents();
        RestIssue issue = documents
                .issue(body.issueKey())
                .orElseThrow(
                        () -> ApiException.notFound("issue-not-found", "The data has no issue " + body.issueKey()));
        PhaseGate gate;
        try {
            gate = new GateFile(new BundleMessages()).read(gateTree(body), documents.catalogue(), "the gate");
        } catch (BadInputException e) {
            throw new ApiException(400, "bad-gate", e.getMessage() + " " + String.join("; ", e.details()));
        }
        return Reply.json(VerdictJson.bytes(DryRun.verdict(gate, issue, true)));
    }

    private static JsonNode gateTree(DryRunRequest body) {
        try {
            return STRICT.readTree(body.gateJson());
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("the gate is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
