package io.phasegate.core.gate.criteria;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts that stand in for acceptance criteria without being any, such as {@code TBD} or a
 * template left unchanged. Texts are compared by their letters and digits only, ignoring case,
 * punctuation and markup, so {@code T.B.D.}, {@code *tbd*} and {@code TBD!} are all {@code TBD}.
 * Besides the phrases, text without letters or digits ({@code -}, {@code ...}, {@code ?}), runs of
 * {@code x}, lorem ipsum, and templates made only of {@code <slots>} or {@code [slots]} and
 * Given/When/Then are placeholders too.
 */
public final class Placeholders {
    /** The phrases used when a gate configures none. */
    public static final List<String> DEFAULT_PHRASES = List.of(
            "TBD",
            "TBC",
            "TBA",
            "TODO",
            "To do",
            "FIXME",
            "N/A",
            "NA",
            "None",
            "Nil",
            "Null",
            "To be defined",
            "To be determined",
            "To be confirmed",
            "To be added",
            "Coming soon",
            "Placeholder",
            "<criterion>",
            "Acceptance criteria",
            "Add acceptance criteria here",
            "Describe the acceptance criteria",
            "Enter acceptance criteria",
            "Given <precondition> When <action> Then <outcome>",
            "Given When Then");

    private static final Pattern TEMPLATE_SLOT = Pattern.compile("<[^<>]*>|\\[[^\\[\\]]*\\]");
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:b|i|u|s|em|strong|p|br|span|div|code|pre|del|ins|mark|small|sub|sup|font|li|ul|ol)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STEP_WORDS = Pattern.compile("\\b(?:given|when|then|and|but)\\b");

    private final List<String> phrases;
    private final Set<String> keys;
    private final Pattern onlyPlaceholders;
    // The non-empty keys and "xxx": text made only of placeholders starts with one of them.
    private final List<String> starts;

    private Placeholders(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.keys = this.phrases.stream().map(Placeholders::key).collect(Collectors.toUnmodifiableSet());
        this.onlyPlaceholders = repetitionOf(keys);
        List<String> firsts = new java.util.ArrayList<>();
        for (String key : keys) {
            if (!key.isEmpty()) {
                firsts.add(key);
            }
        }
        firsts.add("xxx");
        this.starts = List.copyOf(firsts);
    }

    /**
     * Matches text made of nothing but placeholder phrases, such as "TBD TBD" or "N/A - TODO", which
     * nested or merged list items produce. Longer phrases first, so "to be defined" beats "to do".
     */
    private static Pattern repetitionOf(Set<String> keys) {
        String alternatives = keys.stream()
                .filter(k -> !k.isEmpty())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // "xxx" and longer runs of x are filler too.
        return Pattern.compile("(?:" + (alternatives.isEmpty() ? "" : alternatives + "|") + "x{3,})+");
    }

    /** The default phrases. */
    public static Placeholders defaults() {
        return new Placeholders(DEFAULT_PHRASES);
    }

    /** Exactly the given phrases, for a gate that configures its own template texts. */
    public static Placeholders of(List<String> phrases) {
        return new Placeholders(phrases);
    }

    public List<String> phrases() {
        return phrases;
    }

    /** Whether non-blank text is only a placeholder; blank text is empty, not a placeholder. */
    public boolean isPlaceholder(String text) {
        if (text.isBlank()) {
            return false;
        }
        String key = key(text);
        return key.isEmpty()
                || keys.contains(key)
                || onlyPlaceholders(key)
                || key.startsWith("loremipsum")
                || (key.length() >= 3 && onlyX(key))
                || isUnchangedTemplate(text);
    }

    /**
     * Whether the key is nothing but placeholder phrases. The alternation runs only on a key that
     * starts with one of them: any text it matches does, and real criteria almost never do.
     */
    private boolean onlyPlaceholders(String key) {
        for (String start : starts) {
            if (key.startsWith(start)) {
                return onlyPlaceholders.matcher(key).matches();
            }
        }
        return false;
    }

    private static boolean onlyX(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != 'x') {
                return false;
            }
        }
        return true;
    }

    /** Text such as {@code Given <context> When <action> Then <result>}: only slots and step words. */
    private static boolean isUnchangedTemplate(String text) {
        // A slot needs an opening < or [; most criteria have neither.
        if ((text.indexOf('<') < 0 && text.indexOf('[') < 0)
                || !TEMPLATE_SLOT.matcher(text).find()) {
            return false;
        }
        String words = HeadingMatcher.normalize(TEMPLATE_SLOT.matcher(text).replaceAll(" "));
        return STEP_WORDS.matcher(words).replaceAll("").isBlank();
    }

    private static String key(String text) {
        // A tag needs a <; the letters and digits are collected with a loop, not a stream.
        String visible = text.indexOf('<') >= 0 ? HTML_TAG.matcher(text).replaceAll(" ") : text;
        StringBuilder key = new StringBuilder(visible.length());
        for (int i = 0; i < visible.length(); ) {
            int c = visible.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Placeholders that && phrases.equals(that.phrases);
    }

    @Override
    public int hashCode() {
        return phrases.hashCode();
    }

    @Override
    public String toString() {
        return "placeholders" + phrases;
    }
}
