package io.phasegate.core.gate.config;

import io.phasegate.core.message.Message;
import java.util.Objects;

/**
 * One thing wrong in a gate configuration: where (a JSONPath such as {@code $.rules[1].minItems})
 * and what to tell the administrator. The message's first argument is the path again, so the text
 * reads on its own.
 */
public record ConfigProblem(String path, Message message) {
    public ConfigProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
