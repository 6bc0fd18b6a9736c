package io.phasegate.core.cloud;

import io.phasegate.core.message.MessageKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * The texts a compiled expression shows, in MessageFormat syntax: by default the English texts of
 * {@code i18n/phasegate-core.properties}, the same the engine's messages are rendered with.
 */
public final class MessagePatterns {
    private static final String ENGLISH = "/i18n/phasegate-core.properties";

    private final Properties texts;

    private MessagePatterns(Properties texts) {
        this.texts = texts;
    }

    /** The core's English texts. */
    public static MessagePatterns english() {
        Properties texts = new Properties();
        try (InputStream in = MessagePatterns.class.getResourceAsStream(ENGLISH)) {
            texts.load(Objects.requireNonNull(in, ENGLISH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MessagePatterns(texts);
    }

    String pattern(MessageKey key) {
        return Objects.requireNonNull(texts.getProperty(key.key()), key.key());
    }
}
