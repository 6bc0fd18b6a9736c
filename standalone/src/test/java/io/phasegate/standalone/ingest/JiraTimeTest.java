package io.phasegate.standalone.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Jira's timestamp shapes; the hand-written fast path agrees with java.time on every day of four
 * years, on odd forms and on random times and offsets, whether read from a string or from the
 * middle of a parser's character buffer.
 */
class JiraTimeTest {
    /**
     * What java.time alone makes of Jira's shapes, strictly (an impossible date is no date): the
     * reference the hand-written reader must match.
     */
    private static final DateTimeFormatter REFERENCE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static Optional<Instant> javaTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip(), REFERENCE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The text inside a larger buffer, as a parser holds it, with digits and a '+' around it. */
    private static Optional<Instant> fromBuffer(String text) {
        String buffer = "9+" + text + "+09:00";
        return JiraTime.parse(buffer.toCharArray(), 2, text.length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-01-06T10:00:00.000+0000",
                "2026-01-06T10:00:00.000-0000",
                "2026-01-06T10:00:00.000+00:00",
                "2026-01-06T10:00:00.000+1400",
                "2026-01-06T10:00:00.000-1200",
                "2026-01-06T10:00:00.000+0545",
                "2026-01-06T10:00:00.000Z",
                "2026-01-06T10:00:00.000z",
                "2026-01-06T10:00:00.000+01",
                "2026-01-06T10:00:00.000+",
                "2026-01-06T10:00:00.000+01:0",
                "2026-01-06T10:00:00.000+01:000",
                "2026-01-06T10:00:00.000+0A00",
                "2026-01-06T10:00:00.000",
                "2026-01-06T10:00:00+0100",
                "2026-01-06T10:00+01:00",
                "2026-01-06T10:00:00.1+01:00",
                "2026-01-06T10:00:00.123456789Z",
                "2026-01-06 10:00:00.000+0000",
                " 2026-01-06T10:00:00.000+0000",
                "2026-01-06T10:00:00.000+0000 ",
                "2026-01-06T24:00:00.000+0000",
                "2026-01-06T23:60:00.000+0000",
                "2026-01-06T23:59:60.000+0000",
                "2024-02-29T12:00:00.000+0000",
                "2023-02-29T12:00:00.000+0000",
                "2023-02-29T12:00:00Z",
                "2026-04-31T12:00:00+02:00",
                "2026-01-06T24:00:00Z",
                "2100-02-29T12:00:00.000+0000",
                "2000-02-29T12:00:00.000+0000",
                "2026-04-31T12:00:00.000+0000",
                "2026-00-10T12:00:00.000+0000",
                "2026-01-00T12:00:00.000+0000",
                "0001-01-01T00:00:00.000+0000",
                "9999-12-31T23:59:59.999-1800",
                "1969-12-31T23:59:59.999+0000",
                "+2026-01-06T10:00:00.000Z",
                "2026-1-06T10:00:00.000+0000",
                "2026-01-06t10:00:00.000+0000",
                "2026-01-06T10:00:00,000+0000",
                "20x6-01-06T10:00:00.000+0000"
            })
    void agreesWithJavaTimeOnOddForms(String text) {
        Optional<Instant> expected = javaTime(text);

        assertThat(JiraTime.parse(text)).as(text).isEqualTo(expected);
        assertThat(fromBuffer(text)).as(text).isEqualTo(expected);
    }

    @Test
    void agreesWithJavaTimeOnRandomTimesAndOffsets() {
        Random random = new Random(2026);
        DateTimeFormatter[] shapes = {
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXX")
        };
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(-2_000_000_000_000L, 8_000_000_000_000L));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(60 * (random.nextInt(18 * 120 + 1) - 18 * 60));
            String text = shapes[i % shapes.length].format(instant.atOffset(offset));

            assertThat(fromBuffer(text)).as(text).contains(instant);
            assertThat(JiraTime.parse(text)).as(text).isEqualTo(javaTime(text));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-06T10:00:00.000+0000, 2026-01-06T10:00:00Z",
        "2026-01-06T11:00:00.000+0100, 2026-01-06T10:00:00Z",
        "2026-01-05T09:00:00.000Z, 2026-01-05T09:00:00Z",
        "2026-01-05T21:30:15.250-03:30, 2026-01-06T01:00:15.250Z",
        "2024-02-29T23:59:59.999+0000, 2024-02-29T23:59:59.999Z",
        "2026-01-05T09:00:00Z, 2026-01-05T09:00:00Z",
        "2026-01-05T09:00:00.123456+01:00, 2026-01-05T08:00:00.123456Z"
    })
    void readsJiraShapes(String text, String expected) {
        assertThat(JiraTime.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "  ", "yesterday", "2026-02-30T10:00:00.000+0000", "2026-13-01T10:00:00.000Z", "2026-01-05"})
    void rejectsOtherText(String text) {
        assertThat(JiraTime.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+0000", "+0530", "-0800"})
    void agreesWithJavaTimeOnEveryDay(String offset) {
        DateTimeFormatter jira = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        ZoneOffset zone = ZoneOffset.of(offset.substring(0, 3) + ":" + offset.substring(3));
        for (LocalDate date = LocalDate.of(2023, 1, 1); date.getYear() < 2027; date = date.plusDays(1)) {
            OffsetDateTime time = date.atTime(13, 7, 9, 42_000_000).atOffset(zone);
            assertThat(JiraTime.parse(jira.format(time))).contains(time.toInstant());
        }
    }
}
