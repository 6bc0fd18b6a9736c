package io.phasegate.standalone.health;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses the work-calendar options of {@code phasegate health}: {@code MON-FRI}, {@code 2026-12-25,…}, {@code Europe/Berlin}. */
final class CalendarOptions {
    private CalendarOptions() {}

    /** Weekdays as {@code MON-FRI}, {@code SUN-THU}, {@code MON,TUE,THU} or {@code MON-WED,FRI}. */
    static Set<DayOfWeek> workingDays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String[] range = part.strip().split("-", -1);
            if (range.length > 2) {
                throw new IllegalArgumentException(
                        "--working-days: \"" + part.strip() + "\" is not a day or a range " + "such as MON-FRI");
            }
            DayOfWeek first = day(range[0]);
            DayOfWeek last = day(range[range.length - 1]);
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    break;
                }
            }
        }
        return days;
    }

    /** The three-letter names in week order starting on Monday, as the JSON output lists them. */
    static List<String> names(Set<DayOfWeek> days) {
        return days.stream().sorted().map(day -> day.name().substring(0, 3)).toList();
    }

    static Set<LocalDate> holidays(List<String> dates) {
        Set<LocalDate> holidays = new LinkedHashSet<>();
        for (String date : dates) {
            try {
                holidays.add(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "--holidays: \"" + date.strip() + "\" is not a date such as 2026-12-25");
            }
        }
        return holidays;
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "--zone: \"" + text + "\" is not a time zone such as Europe/Berlin or UTC");
        }
    }

    private static DayOfWeek day(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!name.isEmpty() && day.name().startsWith(name) && name.length() >= 2) {
                return day;
            }
        }
        throw new IllegalArgumentException("--working-days: \"" + text.strip() + "\" is not a weekday such as MON");
    }
}
