package io.phasegate.standalone.ingest;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders page files as people number them: {@code issues-2.json} before {@code issues-10.json}. */
public final class FileOrder {
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    public static final Comparator<Path> NATURAL =
            Comparator.comparing((Path path) -> key(path.getFileName().toString()));

    private FileOrder() {}

    private static String key(String name) {
        Matcher numbers = NUMBER.matcher(name);
        StringBuilder key = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(key, String.format("%020d", Long.parseLong(numbers.group(1))));
        }
        numbers.appendTail(key);
        return key.toString();
    }
}
