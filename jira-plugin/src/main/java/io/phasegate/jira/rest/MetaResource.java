package io.phasegate.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.phasegate.contract.MetaJson;
import io.phasegate.jira.i18n.JiraMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * {@code GET /rest/phasegate/1.0/meta}: the plugin's version and mode {@code jira}. {@code chartJs}
 * is empty: inside Jira the dashboard items load Chart.js as a web resource, not from a path.
 */
@Named
@LicensedOnly
@Path("/meta")
@Produces("application/json")
public class MetaResource {
    private final Permissions permissions;
    private final JiraMessages messages;
    private final String version;

    @Inject
    public MetaResource(Permissions permissions, JiraMessages messages) {
        this.permissions = permissions;
        this.messages = messages;
        this.version = version();
    }

    @GET
    public Response meta() {
        return Responses.answer(messages, () -> {
            permissions.caller();
            return MetaJson.bytes(version, "", "jira");
        });
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = MetaResource.class.getResourceAsStream("/phasegate-jira-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
