package io.phasegate.jira.rest;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.phasegate.contract.ApiException;
import io.phasegate.contract.DryRunRequest;
import io.phasegate.contract.Verdict;
import io.phasegate.contract.VerdictJson;
import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.workflow.GateConfigCodec;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * {@code POST /rest/phasegate/1.0/gates/dry-run}: would this gate pass on this issue, and what is
 * missing? It changes nothing, but is guarded like a mutation: JSON only ({@code @Consumes}, so a
 * form post from another site is refused with 415 before this code runs) and {@code
 * X-Atlassian-Token: no-check} (409 otherwise), as in {@code phasegate serve}. The caller must be
 * allowed to browse the issue; an issue they may not browse is answered like a missing one.
 */
@Named
@LicensedOnly
@Path("/gates")
@Produces("application/json")
public class GateDryRunResource {
    private final Permissions permissions;
    private final GateConfigCodec codec;
    private final JiraIssueSnapshots snapshots;
    private final JiraMessages messages;
    private final CustomFieldManager customFields;

    @Inject
    public GateDryRunResource(
            Permissions permissions,
            GateConfigCodec codec,
            JiraIssueSnapshots snapshots,
            JiraMessages messages,
            CustomFieldManager customFields) {
        this.permissions = permissions;
        this.codec = codec;
        this.snapshots = snapshots;
        this.messages = messages;
        this.customFields = customFields;
    }

    @POST
    @Path("dry-run")
    @Consumes("application/json")
    public Response dryRun(@HeaderParam("X-Atlassian-Token") String token, byte[] body) {
        return Responses.answer(messages, () -> {
            ApplicationUser user = permissions.caller();
            if (token == null || !token.strip().equalsIgnoreCase("no-check")) {
                throw new ApiException(409, "xsrf-check-failed", messages.textAsGiven("phasegate.rest.error.xsrf"));
            }
            DryRunRequest request = DryRunRequest.parse(body == null ? new byte[0] : body);
            MutableIssue issue = permissions
                    .browsableIssue(user, request.issueKey().value())
                    .orElseThrow(() -> ApiException.notFound(
                            "issue-not-found",
                            messages.textAsGiven(
                                    "phasegate.rest.error.issue-not-found",
                                    request.issueKey().value())));
            PhaseGate gate;
            try {
                gate = codec.read(request.gateJson());
            } catch (GateConfigException e) {
                throw new ApiException(
                        400,
                        "bad-gate",
                        messages.textAsGiven(
                                "phasegate.rest.error.bad-gate",
                                e.problems().stream()
                                        .map(problem -> problem.path() + ": " + messages.text(problem.message()))
                                        .collect(Collectors.joining("; "))));
            }
            // Linked issues the caller may not browse count as always, but the verdict does not name them.
            GateVerdict verdict = gate.evaluate(
                    snapshots.of(issue, gate.fieldsRead(), linked -> permissions.mayBrowse(user, linked)));
            return VerdictJson.bytes(verdict(verdict, issue.getKey(), issue.getSummary()));
        });
    }

    private Verdict verdict(GateVerdict verdict, String key, String summary) {
        return new Verdict(
                messages.gateName(verdict.gate()),
                key,
                summary == null ? "" : summary,
                verdict.passed(),
                verdict.violations().stream()
                        .map(violation -> new Verdict.Finding(
                                violation.rule().configName(),
                                violation.field().map(FieldRef::id).orElse(null),
                                violation.field().map(this::fieldName).orElse(null),
                                messages.text(violation.message())))
                        .toList(),
                verdict.misconfigurations().stream()
                        .map(problem ->
                                new Verdict.NotChecked(problem.rule().configName(), messages.text(problem.message())))
                        .toList(),
                List.of());
    }

    private String fieldName(FieldRef field) {
        if (!field.isCustom()) {
            return field.id();
        }
        CustomField custom = customFields.getCustomFieldObject(field.id());
        return custom == null || custom.getName() == null ? field.id() : custom.getName();
    }
}
