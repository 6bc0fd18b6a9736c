package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A board's working calendar: which weekdays are worked, which dates are holidays, and the time
 * zone in which days begin (G3).
 *
 * <p>Working time is counted in whole calendar days of the zone, so a working day is worth one
 * day however many hours a team really works.
 */
public record WorkCalendar(Set<DayOfWeek> workingDays, Set<LocalDate> holidays, ZoneId zone) {
    private static final int DAY_SCALE = 6;

    public WorkCalendar {
        workingDays = Set.copyOf(workingDays);
        holidays = Set.copyOf(holidays);
        Objects.requireNonNull(zone, "zone");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a work calendar needs at least one working weekday");
        }
    }

    /** Monday to Friday in the given zone, no holidays. */
    public static WorkCalendar mondayToFriday(ZoneId zone) {
        return new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(), zone);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The working days between two instants, as a fraction of days; zero when {@code to} is not after {@code from}. */
    public BigDecimal workingDaysBetween(Instant from, Instant to) {
        BigDecimal days = BigDecimal.ZERO;
        if (!to.isAfter(from)) {
            return days.setScale(DAY_SCALE);
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                days = days.add(fractionOfDay(date, from, to));
            }
        }
        return days.setScale(DAY_SCALE, RoundingMode.HALF_EVEN);
    }

    private BigDecimal fractionOfDay(LocalDate date, Instant from, Instant to) {
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        Instant start = from.isAfter(dayStart) ? from : dayStart;
        Instant end = to.isBefore(dayEnd) ? to : dayEnd;
        if (!end.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        long worked = Duration.between(start, end).toMillis();
        long length = Duration.between(dayStart, dayEnd).toMillis();
        return BigDecimal.valueOf(worked).divide(BigDecimal.valueOf(length), DAY_SCALE, RoundingMode.HALF_EVEN);
    }
}
