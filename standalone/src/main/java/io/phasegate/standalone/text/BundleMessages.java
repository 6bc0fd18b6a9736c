package io.phasegate.standalone.text;

import io.phasegate.core.message.Message;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders core {@link Message}s as text in one language, from the resource bundle {@code
 * i18n/phasegate-core} with {@link MessageFormat}. Never throws for a missing text: it renders the
 * key and arguments instead, so a forgotten translation shows up as a readable key rather than a
 * crash.
 */
public final class BundleMessages {
    static final String BUNDLE = "i18n/phasegate-core";

    private final Locale locale;
    private final ResourceBundle bundle;

    /** English texts. */
    public BundleMessages() {
        this(Locale.ENGLISH);
    }

    /** Texts in the locale's language, falling back to the English base bundle (never the JVM's locale). */
    public BundleMessages(Locale locale) {
        this(BUNDLE, locale);
    }

    /** Texts from another bundle; for tests of what a missing or broken text renders as. */
    BundleMessages(String baseName, Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = load(baseName, locale);
    }

    /** The message as text, such as "The field Story Points does not exist in this Jira. …". */
    public String render(Message message) {
        return pattern(message.key().key())
                .flatMap(pattern -> format(pattern, message))
                .orElseGet(() -> fallback(message));
    }

    private Optional<String> pattern(String key) {
        try {
            return bundle == null ? Optional.empty() : Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private Optional<String> format(String pattern, Message message) {
        try {
            return Optional.of(
                    new MessageFormat(pattern, locale).format(message.args().toArray()));
        } catch (IllegalArgumentException e) {
            // A broken pattern or an argument its format cannot take: show the raw facts instead.
            return Optional.empty();
        }
    }

    private static String fallback(Message message) {
        if (message.args().isEmpty()) {
            return message.key().key();
        }
        return message.args().stream()
                .map(String::valueOf)
                .collect(Collectors.joining(", ", message.key().key() + " [", "]"));
    }

    private static ResourceBundle load(String baseName, Locale locale) {
        try {
            return ResourceBundle.getBundle(
                    baseName,
                    locale,
                    BundleMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
