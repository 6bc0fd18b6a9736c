package io.phasegate.standalone.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled sample board ({@code sample-data/} in the jar, as {@code phasegate export} writes an
 * export), moved in time so that its active sprint started {@value #WORKING_DAYS_AGO} working days
 * before today: every date in every file is shifted by the same whole number of days, so durations,
 * times of day and the order of events stay as generated.
 */
final class SampleData {
    static final String ROOT = "sample-data/";
    static final int WORKING_DAYS_AGO = 4;
    static final List<String> FILES =
            List.of("board-configuration.json", "sprints.json", "statuses.json", "fields.json");
    private static final Pattern DATE = Pattern.compile("\\b(20\\d\\d-\\d\\d-\\d\\d)T");

    private SampleData() {}

    /** Writes the shifted sample into a new temporary directory (deleted when the JVM exits) and returns it. */
    static Path unpack(Clock clock) {
        try {
            List<String> names = new ArrayList<>(FILES);
            for (int page = 1; resourceExists(pageName(page)); page++) {
                names.add(pageName(page));
            }
            long shift = shiftDays(read("sprints.json"), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            Path dir = Files.createTempDirectory("phasegate-sample-");
            dir.toFile().deleteOnExit();
            for (String name : names) {
                Path file = dir.resolve(name);
                Files.writeString(file, shift(read(name), shift), StandardCharsets.UTF_8);
                file.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Days to add so that the active sprint starts {@value #WORKING_DAYS_AGO} working days (Mon–Fri) before today. */
    static long shiftDays(String sprintsJson, LocalDate today) throws IOException {
        JsonNode sprints = JsonBytes.MAPPER.readTree(sprintsJson).path("values");
        LocalDate start = null;
        for (JsonNode sprint : sprints) {
            if (sprint.path("state").asText().equals("active")) {
                start = LocalDate.parse(sprint.path("startDate").asText().substring(0, 10));
            }
        }
        if (start == null) {
            throw new IllegalStateException("the bundled sample has no active sprint");
        }
        LocalDate target = today;
        for (int days = 0; days < WORKING_DAYS_AGO; ) {
            target = target.minusDays(1);
            if (target.getDayOfWeek() != DayOfWeek.SATURDAY && target.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return ChronoUnit.DAYS.between(start, target);
    }

    /** Moves every {@code yyyy-MM-ddT} date in the text by {@code days}. */
    static String shift(String text, long days) {
        Matcher matcher = DATE.matcher(text);
        StringBuilder shifted = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(shifted, LocalDate.parse(matcher.group(1)).plusDays(days) + "T");
        }
        matcher.appendTail(shifted);
        return shifted.toString();
    }

    static String pageName(int page) {
        return String.format("issues-%04d.json", page);
    }

    private static boolean resourceExists(String name) {
        return SampleData.class.getClassLoader().getResource(ROOT + name) != null;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SampleData.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IOException("the jar has no " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
