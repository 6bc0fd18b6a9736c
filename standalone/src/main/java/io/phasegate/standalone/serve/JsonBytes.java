package io.phasegate.standalone.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasegate.contract.ErrorJson;

/** JSON for the server: a mapper for reading, and error bodies from the contract's writer. */
final class JsonBytes {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBytes() {}

    static byte[] error(String code, String message) {
        return ErrorJson.bytes(code, message);
    }
}
