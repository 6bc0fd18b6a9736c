package io.phasegate.core.testing;

import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The English texts of {@code i18n/phasegate-core.properties}, to check what a user would read. */
public final class EnglishTexts {

    public static final String RESOURCE = "/i18n/phasegate-core.properties";

    private static final Properties TEXTS = load();

    private EnglishTexts() {}

    public static Properties all() {
        Properties copy = new Properties();
        copy.putAll(TEXTS);
        return copy;
    }

    public static String pattern(MessageKey key) {
        return TEXTS.getProperty(key.key());
    }

    /** The message as an English-speaking user sees it. */
    public static String render(Message message) {
        return new MessageFormat(pattern(message.key()), Locale.ENGLISH)
                .format(message.args().toArray());
    }

    private static Properties load() {
        try (InputStream in = EnglishTexts.class.getResourceAsStream(RESOURCE)) {
            Properties texts = new Properties();
            texts.load(in);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
