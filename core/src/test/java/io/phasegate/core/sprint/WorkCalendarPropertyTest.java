package io.phasegate.core.sprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The counted working time equals the day-by-day sum it replaced (each day's share rounded to six
 * decimals, then added), in fixed-offset zones, zones with daylight saving and zones with wall-clock
 * jumps across midnight, for any working weekdays and holidays.
 */
class WorkCalendarPropertyTest {
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"),
            // DST ended at midnight, so the wall clock went back into the previous day
            ZoneId.of("America/Sao_Paulo"),
            // skipped 30 December 2011 altogether
            ZoneId.of("Pacific/Apia"),
            ZoneId.of("Australia/Lord_Howe"),
            // fixed offsets take the epoch-second arithmetic
            ZoneOffset.UTC,
            ZoneOffset.ofHoursMinutes(5, 45),
            ZoneOffset.ofHours(-11),
            ZoneId.of("Etc/GMT+3"));
    private static final Instant ORIGIN = Instant.parse("2011-01-01T00:00:00Z");

    @Property(tries = 300)
    void countedWorkingTimeEqualsTheDayByDaySum(@ForAll long seed, @ForAll @IntRange(min = 0, max = 10) int zoneIndex) {
        Random random = new Random(seed);
        ZoneId zone = ZONES.get(zoneIndex);
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(3) > 0) {
                weekdays.add(day);
            }
        }
        if (weekdays.isEmpty()) {
            weekdays.add(DayOfWeek.WEDNESDAY);
        }
        Set<LocalDate> holidays = new HashSet<>();
        int holidayCount = random.nextInt(40);
        for (int i = 0; i < holidayCount; i++) {
            holidays.add(LocalDate.of(2011, 1, 1).plusDays(random.nextInt(6 * 365)));
        }
        WorkCalendar calendar = new WorkCalendar(weekdays, holidays, zone);
        for (int i = 0; i < 50; i++) {
            Instant from =
                    ORIGIN.plusSeconds(random.nextLong(6L * 365 * 86_400)).plusMillis(random.nextInt(1000));
            Duration length =
                    switch (random.nextInt(4)) {
                        case 0 -> Duration.ofMinutes(random.nextInt(36 * 60)).plusNanos(random.nextInt(1_000_000_000));
                        case 1 -> Duration.ofHours(random.nextInt(24 * 30));
                        case 2 -> Duration.ofDays(random.nextInt(800)).plusSeconds(random.nextInt(86_400));
                        default -> Duration.ofSeconds(-random.nextInt(86_400));
                    };
            Instant to = from.plus(length);
            BigDecimal counted = calendar.workingDaysBetween(from, to);
            assertThat(counted).isEqualTo(dayByDay(calendar, from, to));
            assertThat(counted.scale()).isEqualTo(6);
        }
    }

    @Property(tries = 50)
    void theDaysAroundSamoasSkippedDateAreSummedDayByDay(@ForAll @IntRange(min = 0, max = 200) int hours) {
        WorkCalendar apia = new WorkCalendar(EnumSet.allOf(DayOfWeek.class), Set.of(), ZoneId.of("Pacific/Apia"));
        Instant from = Instant.parse("2011-12-27T10:00:00Z");
        Instant to = from.plus(Duration.ofHours(hours));
        assertThat(apia.workingDaysBetween(from, to)).isEqualTo(dayByDay(apia, from, to));
    }

    /** The implementation before working time was counted arithmetically, kept as the reference. */
    private static BigDecimal dayByDay(WorkCalendar calendar, Instant from, Instant to) {
        BigDecimal days = BigDecimal.ZERO;
        if (!to.isAfter(from)) {
            return days.setScale(6);
        }
        ZoneId zone = calendar.zone();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (calendar.isWorkingDay(date)) {
                Instant dayStart = date.atStartOfDay(zone).toInstant();
                Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
                Instant start = from.isAfter(dayStart) ? from : dayStart;
                Instant end = to.isBefore(dayEnd) ? to : dayEnd;
                if (end.isAfter(start)) {
                    long worked = Duration.between(start, end).toMillis();
                    long length = Duration.between(dayStart, dayEnd).toMillis();
                    days = days.add(
                            BigDecimal.valueOf(worked).divide(BigDecimal.valueOf(length), 6, RoundingMode.HALF_EVEN));
                }
            }
        }
        return days.setScale(6, RoundingMode.HALF_EVEN);
    }
}
