package io.phasegate.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.phasegate.core.testing.EnglishTexts;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageTextsTest {

    // A lone apostrophe starts a quoted section in MessageFormat and silently swallows arguments.
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @EnumSource(MessageKey.class)
    void everyKeyHasAnEnglishText(MessageKey key) {
        assertThat(EnglishTexts.pattern(key)).as(key.key()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(MessageKey.class)
    void everyTextIsAValidMessageFormat(MessageKey key) {
        String pattern = EnglishTexts.pattern(key);

        assertThatCode(() -> new MessageFormat(pattern, Locale.ENGLISH)).doesNotThrowAnyException();
        assertThat(pattern).as(key.key()).doesNotContainPattern(LONE_APOSTROPHE);
    }

    @Test
    void everyTextBelongsToAKey() {
        var keys = Arrays.stream(MessageKey.values()).map(MessageKey::key).collect(Collectors.toSet());

        assertThat(EnglishTexts.all().stringPropertyNames())
                .allSatisfy(name -> assertThat(keys).contains(name));
    }

    @Test
    void everyKeyUsesTheProjectPrefix() {
        assertThat(MessageKey.values()).allSatisfy(key -> assertThat(key.key()).startsWith("phasegate."));
    }
}
