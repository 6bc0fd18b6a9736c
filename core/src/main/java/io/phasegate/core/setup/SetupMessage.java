package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/**
 * Why a step is planned as it is, or what to do about it: an i18n key (under
 * {@code phasegate.setup.}) and its arguments. Adapters render it in the reader's language.
 */
public record SetupMessage(String key, List<String> args) {
    public SetupMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static SetupMessage of(String key, String... args) {
        return new SetupMessage(key, List.of(args));
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
