package io.phasegate.jira.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * The plugin's English texts straight from {@code i18n/phasegate.properties}, for where no user's
 * language is at hand: exception messages that end up in Jira's log. What a user reads goes through
 * {@link JiraMessages} in their language.
 */
public final class PluginTexts {
    private static final Properties TEXTS = load();

    private PluginTexts() {}

    /** The text of the key in English; the key and arguments when there is none. */
    public static String english(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            return key + " " + Arrays.toString(args);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = PluginTexts.class.getResourceAsStream("/i18n/phasegate.properties")) {
            if (in != null) {
                texts.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
