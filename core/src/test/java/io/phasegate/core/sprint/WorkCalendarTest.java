package io.phasegate.core.sprint;

import static io.phasegate.core.sprint.TestTime.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {
    private final WorkCalendar weekdays = Boards.CALENDAR;

    @Test
    void aWeekOfWeekdaysIsFiveWorkingDays() {
        assertThat(weekdays.workingDaysBetween(day(0), day(7))).isEqualByComparingTo("5");
    }

    @Test
    void partialDaysCountAsFractions() {
        // Monday 09:00 → Monday 15:00 is a quarter of a day
        assertThat(weekdays.workingDaysBetween(day(0), day(0, 15))).isEqualByComparingTo("0.25");
        // Friday 21:00 → Monday 03:00 covers only weekend hours plus three on Monday
        assertThat(weekdays.workingDaysBetween(day(4, 21), day(7, 3))).isEqualByComparingTo("0.25");
    }

    @Test
    void holidaysAreNotWorked() {
        WorkCalendar withHoliday = new WorkCalendar(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 3, 4)), weekdays.zone());
        assertThat(withHoliday.workingDaysBetween(day(0), day(7))).isEqualByComparingTo("4");
        assertThat(withHoliday.isWorkingDay(LocalDate.of(2026, 3, 4))).isFalse();
    }

    @Test
    void anEmptyOrBackwardIntervalHasNoWorkingTime() {
        assertThat(weekdays.workingDaysBetween(day(3), day(3))).isEqualByComparingTo("0");
        assertThat(weekdays.workingDaysBetween(day(3), day(1))).isEqualByComparingTo("0");
    }

    @Test
    void daysBeginInTheCalendarsZoneEvenAcrossDaylightSaving() {
        WorkCalendar berlin = WorkCalendar.mondayToFriday(ZoneId.of("Europe/Berlin"));
        // Fri 27 Mar 2026 00:00 → Tue 31 Mar 00:00 Berlin time spans the switch to summer time
        Instant from = Instant.parse("2026-03-26T23:00:00Z");
        Instant to = Instant.parse("2026-03-30T22:00:00Z");
        assertThat(berlin.workingDaysBetween(from, to)).isEqualByComparingTo("2");
    }
}
