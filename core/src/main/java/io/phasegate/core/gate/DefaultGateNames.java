package io.phasegate.core.gate;

import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Names of gates whose admin chose none. Such a gate stores a marker as its name (the key of the
 * default name), never English words, and every reader sees the name in their own language. Gates
 * saved before the markers existed hold the English defaults of that time; they count as those
 * defaults too, so they are shown translated as well.
 */
public final class DefaultGateNames {
    /** The name stored for a gate saved with a blank name. */
    public static final String MARKER = MessageKey.GATE_NAME_DEFAULT.key();

    private static final Map<String, MessageKey> DEFAULTS = Map.of(
            MARKER,
            MessageKey.GATE_NAME_DEFAULT,
            MessageKey.GATE_NAME_READY_FOR_SPRINT.key(),
            MessageKey.GATE_NAME_READY_FOR_SPRINT,
            // The English defaults the Data Center validator stored before markers: a blank name, and the
            // name a new validator's form used to start with.
            "Phasegate gate",
            MessageKey.GATE_NAME_DEFAULT,
            "Ready for sprint",
            MessageKey.GATE_NAME_READY_FOR_SPRINT);

    private DefaultGateNames() {}

    /** The default name {@code stored} stands for; empty for a name an admin chose. */
    public static Optional<Message> of(String stored) {
        return stored == null
                ? Optional.empty()
                : Optional.ofNullable(DEFAULTS.get(stored)).map(Message::of);
    }

    /**
     * The name to show for {@code stored}: the default name rendered by {@code render} when it is one
     * (never the marker itself), else {@code stored} as the admin wrote it.
     */
    public static String shown(String stored, Function<Message, String> render) {
        return of(stored).map(render).orElse(stored);
    }

    /** The marker to store for {@code stored}: its own marker when it is a default name, else {@link #MARKER}. */
    public static String marker(String stored) {
        return of(stored).map(name -> name.key().key()).orElse(MARKER);
    }
}
