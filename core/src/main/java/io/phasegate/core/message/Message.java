package io.phasegate.core.message;

import java.util.List;
import java.util.Objects;

/**
 * Something the engine wants to tell a person, as an i18n key and its arguments. Adapters turn it
 * into text in the reader's language; the engine never holds English sentences.
 */
public record Message(MessageKey key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(MessageKey key, Object... args) {
        return new Message(key, List.of(args));
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key.key() : key.key() + args;
    }
}
