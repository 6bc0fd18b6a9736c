package io.phasegate.contract;

/** {@code {"error": {"code": "board-not-found", "message": "…"}}}. */
public final class ErrorJson {
    private ErrorJson() {}

    public static byte[] bytes(String code, String message) {
        return ContractJson.bytes(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeStringField("code", code);
            json.writeStringField("message", message);
            json.writeEndObject();
            json.writeEndObject();
        });
    }
}
