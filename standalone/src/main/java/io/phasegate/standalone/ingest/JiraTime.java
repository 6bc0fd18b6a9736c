package io.phasegate.standalone.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Jira's timestamps: the platform API writes {@code 2026-01-06T10:00:00.000+0000}, the agile API
 * {@code 2026-01-05T09:00:00.000Z}; both (and offsets with a colon) are read here. The common
 * shapes are read by hand: a changelog has one timestamp per history, and {@code DateTimeFormatter}
 * was the largest cost of ingestion.
 */
final class JiraTime {
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT); // as the fast path: 30 February is no date, not 28

    /** The fast path's answer for text of the right shape but an impossible date, such as 30 February. */
    private static final Instant INVALID = Instant.MIN;

    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private JiraTime() {}

    /** The instant, or empty when the text is null, blank or not a Jira timestamp. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Instant fast = fast(text.toCharArray(), 0, text.length());
        if (fast != null) {
            return fast == INVALID ? Optional.empty() : Optional.of(fast);
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip(), FORMAT).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The instant written in {@code length} characters at {@code offset} (a parser's buffer), or empty
     * as for {@link #parse(String)}; the common shapes are read without making a string.
     */
    static Optional<Instant> parse(char[] chars, int offset, int length) {
        Instant fast = fast(chars, offset, length);
        if (fast != null) {
            return fast == INVALID ? Optional.empty() : Optional.of(fast);
        }
        return parse(new String(chars, offset, length));
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss.SSS} then {@code Z}, {@code ±HHMM} or {@code ±HH:MM}; {@link #INVALID}
     * for an impossible date of that shape, null for any other shape.
     */
    private static Instant fast(char[] s, int from, int n) {
        if (n < 24
                || s[from + 4] != '-'
                || s[from + 7] != '-'
                || s[from + 10] != 'T'
                || s[from + 13] != ':'
                || s[from + 16] != ':'
                || s[from + 19] != '.') {
            return null;
        }
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        int hour = digits(s, from + 11, 2);
        int minute = digits(s, from + 14, 2);
        int second = digits(s, from + 17, 2);
        int millis = digits(s, from + 20, 3);
        int offset = offsetSeconds(s, from + 23, from + n);
        if (year < 0 || hour < 0 || minute < 0 || second < 0 || millis < 0 || offset == Integer.MIN_VALUE) {
            return null;
        }
        if (month < 1
                || month > 12
                || day < 1
                || day > 28 && day > lengthOf(month, year)
                || hour > 23
                || minute > 59
                || second > 59) {
            return INVALID;
        }
        long days = epochDay(year, month, day);
        long seconds = days * 86_400 + hour * 3_600L + minute * 60L + second - offset;
        return Instant.ofEpochSecond(seconds, millis * 1_000_000L);
    }

    /** The offset written from {@code at} to {@code n}, in seconds; MIN_VALUE for another shape. */
    private static int offsetSeconds(char[] s, int at, int n) {
        if (n == at + 1 && s[at] == 'Z') {
            return 0;
        }
        char sign = s[at];
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int minutesAt = n == at + 5 ? at + 3 : n == at + 6 && s[at + 3] == ':' ? at + 4 : -1;
        if (minutesAt < 0) {
            return Integer.MIN_VALUE; // checked first: a cut offset such as "+01" has no digits to read
        }
        int hours = digits(s, at + 1, 2);
        if (hours < 0) {
            return Integer.MIN_VALUE;
        }
        int minutes = digits(s, minutesAt, 2);
        if (minutes < 0) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '+' ? seconds : -seconds;
    }

    private static int digits(char[] s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean leap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOf(int month, int year) {
        return switch (month) {
            case 2 -> leap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static long epochDay(int year, int month, int day) {
        long y = year - 1;
        long days = 365 * y + y / 4 - y / 100 + y / 400 + DAYS_BEFORE_MONTH[month - 1] + day - 1;
        if (month > 2 && leap(year)) {
            days++;
        }
        return days - 719_162; // days from 0001-01-01 to 1970-01-01
    }
}
