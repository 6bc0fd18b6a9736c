package io.phasegate.standalone.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Jira's timestamp shapes; the hand-written fast path agrees with java.time on every day of four years. */
class JiraTimeTest {
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
