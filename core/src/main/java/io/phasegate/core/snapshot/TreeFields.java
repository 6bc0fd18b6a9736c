package io.phasegate.core.snapshot;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Typed reads from one object of a snapshot tree; a wrong or missing value names its path. */
final class TreeFields {
    private final Map<?, ?> object;
    private final String path;

    private TreeFields(Map<?, ?> object, String path) {
        this.object = object;
        this.path = path;
    }

    static TreeFields of(Object value, String path) throws SnapshotFormatException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new SnapshotFormatException(path + ": expected an object");
        }
        return new TreeFields(map, path);
    }

    TreeFields object(String name) throws SnapshotFormatException {
        return of(object.get(name), at(name));
    }

    List<?> list(String name) throws SnapshotFormatException {
        if (object.get(name) instanceof List<?> list) {
            return list;
        }
        throw new SnapshotFormatException(at(name) + ": expected an array");
    }

    String text(String name) throws SnapshotFormatException {
        if (object.get(name) instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new SnapshotFormatException(at(name) + ": expected a non-empty string");
    }

    boolean flag(String name) throws SnapshotFormatException {
        if (object.get(name) instanceof Boolean flag) {
            return flag;
        }
        throw new SnapshotFormatException(at(name) + ": expected true or false");
    }

    long whole(String name) throws SnapshotFormatException {
        BigDecimal number = decimal(name);
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new SnapshotFormatException(at(name) + ": expected a whole number, not " + number);
        }
    }

    BigDecimal decimal(String name) throws SnapshotFormatException {
        BigDecimal number = decimalOrNull(name);
        if (number == null) {
            throw new SnapshotFormatException(at(name) + ": expected a number");
        }
        return number;
    }

    /** A number, or null when the field is null or absent. */
    BigDecimal decimalOrNull(String name) throws SnapshotFormatException {
        Object value = object.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString());
            } catch (NumberFormatException e) {
                throw new SnapshotFormatException(at(name) + ": not a finite number: " + number);
            }
        }
        throw new SnapshotFormatException(at(name) + ": expected a number or null");
    }

    Instant instant(String name) throws SnapshotFormatException {
        try {
            return Instant.parse(text(name));
        } catch (DateTimeException e) {
            throw new SnapshotFormatException(at(name) + ": expected an instant such as 2026-01-05T09:00:00Z");
        }
    }

    /** An instant, or null when the field is null or absent. */
    Instant instantOrNull(String name) throws SnapshotFormatException {
        return object.get(name) == null ? null : instant(name);
    }

    Duration duration(String name) throws SnapshotFormatException {
        try {
            return Duration.parse(text(name));
        } catch (DateTimeException e) {
            throw new SnapshotFormatException(at(name) + ": expected a duration such as PT1H");
        }
    }

    boolean has(String name) {
        return object.get(name) != null;
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
