package io.phasegate.standalone.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/** An HTTP answer: status, content type, extra headers and the body. */
record Reply(int status, String contentType, Map<String, String> headers, byte[] body) {
    static final String JSON = "application/json; charset=utf-8";

    Reply {
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** A JSON answer that no cache may keep: the data behind it changes with the files and the clock. */
    static Reply json(int status, byte[] body) {
        return new Reply(status, JSON, Map.of("Cache-Control", "no-store"), body);
    }

    static Reply json(byte[] body) {
        return json(200, body);
    }

    static Reply html(int status, String html) {
        return new Reply(
                status,
                "text/html; charset=utf-8",
                Map.of("Cache-Control", "no-cache"),
                html.getBytes(StandardCharsets.UTF_8));
    }
}
