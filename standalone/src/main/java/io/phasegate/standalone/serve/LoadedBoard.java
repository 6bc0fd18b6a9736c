package io.phasegate.standalone.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasegate.contract.ApiException;
import io.phasegate.core.app.ReadinessGates;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.standalone.check.BadInputException;
import io.phasegate.standalone.check.GateFile;
import io.phasegate.standalone.ingest.BoardData;
import io.phasegate.standalone.jira.RestDataException;
import io.phasegate.standalone.jira.RestJson;
import io.phasegate.standalone.text.BundleMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * One reading of a data directory: the board for the engine, its project and Jira address, the
 * issue documents and the readiness gate (both read on first use), and the answers computed so far.
 */
final class LoadedBoard {
    /** The team's readiness gate, in the gate-configuration format of {@code docs/gate-config.md}. */
    static final String READINESS_FILE = "phasegate-readiness.json";

    private final Path dir;
    private final BoardData data;
    private final String project;
    private final String jiraBaseUrl;
    private final List<String> fingerprint;
    private final ResponseCache cache;
    private IssueDocuments documents;
    private PhaseGate readiness;

    private LoadedBoard(
            Path dir, BoardData data, String project, String jiraBaseUrl, List<String> fingerprint, Clock clock) {
        this.dir = dir;
        this.data = data;
        this.project = project;
        this.jiraBaseUrl = jiraBaseUrl;
        this.fingerprint = List.copyOf(fingerprint);
        this.cache = new ResponseCache(clock);
    }

    static LoadedBoard read(Path dir, BoardData data, List<String> fingerprint, boolean sample, Clock clock) {
        JsonNode config = RestJson.parse(dir.resolve("board-configuration.json"));
        String project = config.path("location").path("key").asText(null);
        String self = config.path("self").asText("");
        int rest = self.indexOf("/rest/");
        String base = sample || rest < 0 ? null : self.substring(0, rest);
        return new LoadedBoard(dir, data, project, base, fingerprint, clock);
    }

    BoardData data() {
        return data;
    }

    long id() {
        return data.layout().id();
    }

    /** The project key of the board's location; null when the configuration does not say. */
    String project() {
        return project;
    }

    /** The Jira the data came from, for links; null for the sample or when unknown. */
    String jiraBaseUrl() {
        return jiraBaseUrl;
    }

    List<String> fingerprint() {
        return fingerprint;
    }

    ResponseCache cache() {
        return cache;
    }

    synchronized IssueDocuments documents() {
        if (documents == null) {
            try {
                documents = IssueDocuments.read(dir);
            } catch (RestDataException e) {
                throw new ApiException(500, "data-unreadable", "The issue files cannot be read: " + e.getMessage());
            }
        }
        return documents;
    }

    /** The gate of {@value #READINESS_FILE} when the directory has one, else the standard readiness gate. */
    synchronized PhaseGate readiness() {
        if (readiness == null) {
            Path file = dir.resolve(READINESS_FILE);
            try {
                readiness = Files.isRegularFile(file)
                        ? new GateFile(new BundleMessages())
                                .read(file, documents().catalogue())
                        : ReadinessGates.standard(data.estimationField());
            } catch (GateConfigException e) {
                throw new ApiException(
                        500,
                        "bad-readiness-gate",
                        "The board's estimation field "
                                + data.estimationField().id()
                                + " is not a field id, so there is no standard readiness gate;"
                                + " configure one in " + READINESS_FILE);
            } catch (BadInputException e) {
                throw new ApiException(
                        500, "bad-readiness-gate", e.getMessage() + " " + String.join("; ", e.details()));
            }
        }
        return readiness;
    }
}
