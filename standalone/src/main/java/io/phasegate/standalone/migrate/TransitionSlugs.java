package io.phasegate.standalone.migrate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File name stems for gates, from the transition's name and id: {@code start-progress-11}. Only
 * {@code a-z}, {@code 0-9} and {@code -} survive, so a hostile name ({@code ../../etc}, quotes,
 * line breaks) can never leave the output folder; a second gate on the same transition gets {@code -2}.
 */
final class TransitionSlugs {
    private static final int MAX_NAME = 48;

    private final Set<String> taken = new HashSet<>();

    /** The next unused stem for a gate on {@code transition}. */
    String next(WorkflowTransition transition) {
        String base = name(transition.name()) + "-" + transition.id();
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String name(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "transition" : slug;
    }
}
