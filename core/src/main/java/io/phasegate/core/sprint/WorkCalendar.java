package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
    private static final long DAY_MICROS = 1_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    /** Wider than any offset jump (offsets lie within ±18 h), so the days at both ends are covered. */
    private static final Duration TRANSITION_MARGIN = Duration.ofDays(3);

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
        if (!to.isAfter(from)) {
            return BigDecimal.ZERO.setScale(DAY_SCALE);
        }
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return BigDecimal.valueOf(fixedOffset(rules.getOffset(from).getTotalSeconds(), from, to), DAY_SCALE);
        }
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        if (!datesStepEvenly(rules, from, to)) {
            return BigDecimal.valueOf(dayByDay(first, last, from, to), DAY_SCALE);
        }
        // Each day's share is rounded to DAY_SCALE on its own, as the day-by-day sum does; the days
        // strictly between the first and the last are whole, so they are counted, not summed.
        long micros = isWorkingDay(first) ? fractionOfDay(first, from, to) : 0;
        if (last.isAfter(first)) {
            if (isWorkingDay(last)) {
                micros += fractionOfDay(last, from, to);
            }
            micros += DAY_MICROS * workingDaysIn(first.plusDays(1), last);
        }
        return BigDecimal.valueOf(micros, DAY_SCALE);
    }

    /**
     * The same count for a zone that is always at one offset, where every day is 86,400 s long, in
     * plain arithmetic on epoch seconds (no zoned date-times).
     */
    private long fixedOffset(int offset, Instant from, Instant to) {
        long firstDay = Math.floorDiv(from.getEpochSecond() + offset, SECONDS_PER_DAY);
        long lastDay = Math.floorDiv(to.getEpochSecond() + offset, SECONDS_PER_DAY);
        long micros = isWorkingDay(LocalDate.ofEpochDay(firstDay)) ? fixedShare(firstDay, offset, from, to) : 0;
        if (lastDay > firstDay) {
            if (isWorkingDay(LocalDate.ofEpochDay(lastDay))) {
                micros += fixedShare(lastDay, offset, from, to);
            }
            micros += DAY_MICROS * workingDaysIn(LocalDate.ofEpochDay(firstDay + 1), LocalDate.ofEpochDay(lastDay));
        }
        return micros;
    }

    /** {@link #fractionOfDay} for a day of exactly 86,400 s starting at {@code epochDay × 86,400 − offset}. */
    private static long fixedShare(long epochDay, int offset, Instant from, Instant to) {
        long dayStart = epochDay * SECONDS_PER_DAY - offset;
        long dayEnd = dayStart + SECONDS_PER_DAY;
        boolean fromInDay = from.getEpochSecond() >= dayStart;
        long startSecond = fromInDay ? from.getEpochSecond() : dayStart;
        long startNano = fromInDay ? from.getNano() : 0;
        boolean toInDay = to.getEpochSecond() < dayEnd;
        long endSecond = toInDay ? to.getEpochSecond() : dayEnd;
        long endNano = toInDay ? to.getNano() : 0;
        if (endSecond < startSecond || endSecond == startSecond && endNano <= startNano) {
            return 0;
        }
        // Duration.between(start, end).toMillis(): whole milliseconds, rounded down
        long worked = (endSecond - startSecond) * 1000 + Math.floorDiv(endNano - startNano, 1_000_000L);
        return share(worked, SECONDS_PER_DAY * 1000);
    }

    /** The working days among the dates {@code [start, end)}. */
    private long workingDaysIn(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end);
        if (days <= 0) {
            return 0;
        }
        long count = days / 7 * workingDays.size();
        LocalDate rest = start.plusDays(days - days % 7);
        for (LocalDate date = rest; date.isBefore(end); date = date.plusDays(1)) {
            if (workingDays.contains(date.getDayOfWeek())) {
                count++;
            }
        }
        if (holidays.size() <= days) {
            for (LocalDate holiday : holidays) {
                if (!holiday.isBefore(start) && holiday.isBefore(end) && workingDays.contains(holiday.getDayOfWeek())) {
                    count--;
                }
            }
        } else {
            for (LocalDate date = start; date.isBefore(end); date = date.plusDays(1)) {
                if (holidays.contains(date) && workingDays.contains(date.getDayOfWeek())) {
                    count--;
                }
            }
        }
        return count;
    }

    /**
     * True when every date between the two instants begins once, in order, and ends where the next
     * begins: no offset transition near the range moves the wall clock across midnight (or skips a
     * day). Then every day strictly between the first and the last is a whole working day or none.
     */
    private static boolean datesStepEvenly(ZoneRules rules, Instant from, Instant to) {
        Instant until = to.plus(TRANSITION_MARGIN);
        ZoneOffsetTransition transition = rules.nextTransition(from.minus(TRANSITION_MARGIN));
        while (transition != null && !transition.getInstant().isAfter(until)) {
            if (!transition
                    .getDateTimeBefore()
                    .toLocalDate()
                    .equals(transition.getDateTimeAfter().toLocalDate())) {
                return false;
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        return true;
    }

    /** The day-by-day sum, for zones whose wall clock jumps across midnight near the range. */
    private long dayByDay(LocalDate first, LocalDate last, Instant from, Instant to) {
        long micros = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                micros += fractionOfDay(date, from, to);
            }
        }
        return micros;
    }

    /** The share of {@code date} within {@code [from, to)}, in millionths of a day, rounded half-even. */
    private long fractionOfDay(LocalDate date, Instant from, Instant to) {
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        Instant start = from.isAfter(dayStart) ? from : dayStart;
        Instant end = to.isBefore(dayEnd) ? to : dayEnd;
        if (!end.isAfter(start)) {
            return 0;
        }
        long worked = Duration.between(start, end).toMillis();
        long length = Duration.between(dayStart, dayEnd).toMillis();
        return share(worked, length);
    }

    /** {@code worked / length} in millionths, rounded half-even as {@code BigDecimal.divide} does. */
    private static long share(long worked, long length) {
        long scaled = worked * DAY_MICROS;
        long quotient = scaled / length;
        long twiceRemainder = 2 * (scaled % length);
        if (twiceRemainder > length || twiceRemainder == length && quotient % 2 != 0) {
            quotient++;
        }
        return quotient;
    }
}
