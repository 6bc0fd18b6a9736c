package io.phasegate.standalone.health;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.phasegate.core.sprint.AssigneeChange;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.TeamCapacity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Each person's capacity in points for M29, from {@code --capacity-file FILE} ({@code {"Ada
 * Lovelace": 8, …}}) or repeated {@code --person-capacity "Ada Lovelace=8"}. People are named as
 * the issues' assignee field names them (Jira's display name); a name no issue of the board was ever
 * assigned to is refused, since it is almost always a typing mistake. Every problem is reported at
 * once, each naming its line or entry.
 */
record PersonCapacity(Map<String, BigDecimal> points, Map<String, String> where) {

    /** No person has a million points of capacity in a sprint; such a number is a typing mistake. */
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1_000_000);

    private static final int MAX_DECIMALS = 4;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Reads {@code {"person": points}}; throws IllegalArgumentException listing every problem. */
    static PersonCapacity fromFile(Path file) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String name = "--capacity-file " + file;
        try (JsonParser parser = JSON.createParser(Files.readAllBytes(file))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(name + ": expected a JSON object of people and their points,"
                        + " such as {\"Ada Lovelace\": 8, \"Grace Hopper\": 5}");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String at =
                        name + " line " + parser.currentLocation().getLineNr() + ", " + quoted(parser.currentName());
                String person = parser.currentName().strip();
                JsonToken value = parser.nextToken();
                BigDecimal given = value.isNumeric() ? parser.getDecimalValue() : null;
                String found = value == JsonToken.VALUE_STRING ? "the string " + quoted(parser.getText()) : kind(value);
                parser.skipChildren();
                add(person, given, found, at, points, where, problems);
            }
            if (parser.nextToken() != null) {
                problems.add(name + ": unexpected text after the closing }");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    name + ": is not valid JSON at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage()
                            + "). Expected {\"Ada Lovelace\": 8, …}.");
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(name + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return checked(name, points, where, problems);
    }

    /** Reads {@code NAME=POINTS} entries; throws IllegalArgumentException listing every problem. */
    static PersonCapacity fromEntries(List<String> entries) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String entry : entries) {
            String at = "--person-capacity " + quoted(entry);
            int equals = entry.lastIndexOf('=');
            if (equals < 0) {
                problems.add(at + ": expected NAME=POINTS, such as \"Ada Lovelace=8\"");
                continue;
            }
            String text = entry.substring(equals + 1).strip();
            BigDecimal given = number(text);
            add(entry.substring(0, equals).strip(), given, quoted(text), at, points, where, problems);
        }
        return checked("--person-capacity", points, where, problems);
    }

    /** The capacity for the engine, once every name is an assignee of the board's issues. */
    TeamCapacity against(List<IssueHistory> issues, Path data) {
        Set<String> assignees = assignees(issues);
        List<String> problems = new ArrayList<>();
        points.keySet().stream()
                .filter(person -> !assignees.contains(person))
                .forEach(person -> problems.add(where.get(person) + ": no issue in " + data + " was ever assigned to "
                        + quoted(person) + hint(person, assignees)));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new TeamCapacity(points);
    }

    private static void add(
            String person,
            BigDecimal given,
            String found,
            String at,
            Map<String, BigDecimal> points,
            Map<String, String> where,
            List<String> problems) {
        if (person.isEmpty()) {
            problems.add(at + ": the person's name is empty");
        } else if (given == null) {
            problems.add(at + ": expected the person's points as a number (0 or more), found " + found);
        } else if (given.signum() < 0) {
            problems.add(at + ": " + shown(given) + " points; a capacity is 0 or more");
        } else if (given.compareTo(MAX_POINTS) > 0) {
            problems.add(at + ": " + shown(given) + " points is more than " + MAX_POINTS.toPlainString()
                    + ", surely a typing mistake");
        } else if (given.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(at + ": " + shown(given) + " has more than " + MAX_DECIMALS + " decimal places");
        } else if (points.containsKey(person)) {
            problems.add(at + ": " + quoted(person) + " already has a capacity, from " + where.get(person));
        } else {
            points.put(person, given);
            where.put(person, at);
        }
    }

    private static PersonCapacity checked(
            String source, Map<String, BigDecimal> points, Map<String, String> where, List<String> problems) {
        if (problems.isEmpty() && points.isEmpty()) {
            problems.add(source + ": names nobody; give each person's points, such as {\"Ada Lovelace\": 8}");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new PersonCapacity(points, where);
    }

    /** Everyone an issue of the board was assigned to, now or in its changelog. */
    static Set<String> assignees(List<IssueHistory> issues) {
        Set<String> names = new TreeSet<>();
        for (IssueHistory issue : issues) {
            Stream.concat(
                            Stream.of(issue.assignee()),
                            issue.changesOf(AssigneeChange.class).stream()
                                    .flatMap(change -> Stream.of(change.from(), change.to())))
                    .filter(name -> name != null)
                    .forEach(names::add);
        }
        return names;
    }

    private static String hint(String person, Set<String> assignees) {
        String squeezed = person.replaceAll("\\s+", " ");
        return assignees.stream()
                .filter(name -> name.replaceAll("\\s+", " ").equalsIgnoreCase(squeezed))
                .findFirst()
                .map(name -> "; did you mean " + quoted(name) + "?")
                .orElse(
                        assignees.isEmpty()
                                ? "; its issues have no assignees"
                                : " (names are the assignees' display names as Jira shows them; its issues have "
                                        + (assignees.size() == 1 ? "1 assignee)" : assignees.size() + " assignees)"));
    }

    /** Plain unless that would be very long (1e999999999 has a billion digits written out). */
    private static String shown(BigDecimal number) {
        return Math.abs((long) number.scale()) <= 40 ? number.toPlainString() : number.toString();
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "null";
        };
    }

    /** In double quotes, with quotes, backslashes and control characters escaped so a name stays on its line. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars()
                .forEach(c -> out.append(
                        c == '"' || c == '\\'
                                ? "\\" + (char) c
                                : c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029
                                        ? String.format("\\u%04x", c)
                                        : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
