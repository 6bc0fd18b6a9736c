package io.phasegate.contract;

import io.phasegate.core.app.Offender;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.gate.config.GateConfigWriter;
import io.phasegate.core.sprint.SprintSnapshot;
import java.util.List;
import java.util.function.Function;

/** {@code GET /boards/{boardId}/coverage} (contract § Readiness coverage). */
public final class CoverageJson {
    private CoverageJson() {}

    /** The offenders of a readiness view with each violation's message rendered by {@code render}. */
    public static List<CoverageAnswer.OffenderText> offenders(
            List<Offender> offenders, Function<Violation, String> render) {
        return offenders.stream()
                .map(offender -> new CoverageAnswer.OffenderText(
                        offender.key(),
                        offender.summary(),
                        offender.missing().stream()
                                .map(violation -> new CoverageAnswer.Missing(
                                        violation.rule().configName(), render.apply(violation)))
                                .toList()))
                .toList();
    }

    /** The answer for a caller who may see what {@code visibility} allows. */
    public static byte[] bytes(CoverageAnswer answer, Visibility visibility) {
        Drilldown drilldown = new Drilldown(visibility);
        return ContractJson.bytes(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("board");
            json.writeNumberField("id", answer.boardId());
            json.writeStringField("name", answer.boardName());
            json.writeEndObject();
            json.writeObjectFieldStart("scope");
            json.writeStringField("kind", answer.sprint().isPresent() ? "sprint" : "backlog");
            if (answer.sprint().isPresent()) {
                json.writeNumberField("sprintId", answer.sprint().get().id());
            } else {
                json.writeNullField("sprintId");
            }
            json.writeStringField(
                    "sprintName", answer.sprint().map(SprintSnapshot::name).orElse(null));
            json.writeNumberField("issueCount", answer.view().issueCount());
            json.writeEndObject();
            json.writeObjectFieldStart("gate");
            json.writeStringField("gate", answer.view().gate().name());
            json.writeFieldName("rules");
            ContractJson.tree(
                    json, new GateConfigWriter().toTree(answer.view().gate()).get("rules"));
            json.writeEndObject();
            HealthJson.metrics(answer.view().metrics(), drilldown, json);
            json.writeArrayFieldStart("offenders");
            for (CoverageAnswer.OffenderText offender : answer.offenders()) {
                if (!drilldown.shows(offender.key())) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("key", offender.key().value());
                json.writeStringField("summary", offender.summary());
                json.writeArrayFieldStart("missing");
                for (CoverageAnswer.Missing missing : offender.missing()) {
                    json.writeStartObject();
                    json.writeStringField("rule", missing.rule());
                    json.writeStringField("message", missing.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("hidden", drilldown.hidden());
            json.writeStringField("jiraBaseUrl", answer.jiraBaseUrl());
            json.writeStringField("generatedAt", answer.generatedAt().toString());
            json.writeEndObject();
        });
    }
}
