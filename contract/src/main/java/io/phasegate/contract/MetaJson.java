package io.phasegate.contract;

/** {@code GET /meta}: {@code {"version", "chartJs", "mode"}} with mode {@code standalone} or {@code jira}. */
public final class MetaJson {
    private MetaJson() {}

    public static byte[] bytes(String version, String chartJs, String mode) {
        return ContractJson.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("version", version);
            json.writeStringField("chartJs", chartJs);
            json.writeStringField("mode", mode);
            json.writeEndObject();
        });
    }
}
