package io.phasegate.core.gate.criteria;

import io.phasegate.core.issue.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds acceptance criteria in a text, in any of Jira's formats: plain text (with markdown), wiki
 * markup or ADF. Immutable and thread-safe.
 */
public final class CriteriaAnalyzer {
    /** The heading an "Acceptance Criteria" section has unless configured otherwise. */
    public static final String DEFAULT_HEADING = HeadingMatcher.DEFAULT_HEADING;

    private static final HeadingMatcher TITLE = new HeadingMatcher(DEFAULT_HEADING);

    private final Placeholders placeholders;

    public CriteriaAnalyzer(Placeholders placeholders) {
        this.placeholders = Objects.requireNonNull(placeholders, "placeholders");
    }

    /** An analyzer that knows the default placeholders. */
    public static CriteriaAnalyzer withDefaults() {
        return new CriteriaAnalyzer(Placeholders.defaults());
    }

    /** Reads a whole field as the criteria; a title such as {@code Acceptance Criteria} is skipped. */
    public CriteriaAnalysis analyzeWhole(RichText text) {
        return analyze(Sections.whole(outline(text), TITLE));
    }

    /**
     * Reads the criteria from the section of a description under {@code heading} (matched ignoring
     * case, markup and a trailing colon).
     *
     * @throws IllegalArgumentException if the heading has no letters or digits
     */
    public CriteriaAnalysis analyzeSection(RichText text, String heading) {
        // The default heading's matcher is built once; other headings are rare enough to build each time.
        HeadingMatcher matcher = DEFAULT_HEADING.equals(heading) ? TITLE : new HeadingMatcher(heading);
        return Sections.find(outline(text), matcher).map(this::analyze).orElseGet(CriteriaAnalysis::missingSection);
    }

    private CriteriaAnalysis analyze(List<Block> content) {
        List<Criterion> criteria = new ArrayList<>();
        List<String> placeholdersFound = new ArrayList<>();
        for (String text : CriteriaSplitter.split(content)) {
            if (text.isBlank()) {
                continue;
            }
            if (placeholders.isPlaceholder(text)) {
                placeholdersFound.add(Excerpt.of(text));
            } else {
                criteria.add(Criterion.of(text.strip()));
            }
        }
        return CriteriaAnalysis.of(criteria, placeholdersFound);
    }

    private static List<Block> outline(RichText text) {
        if (text instanceof RichText.WikiMarkup wiki) {
            return WikiOutline.read(wiki.markup());
        }
        if (text instanceof RichText.Adf adf) {
            return AdfOutline.read(adf.document());
        }
        return PlainOutline.read(((RichText.Plain) text).text());
    }

    @Override
    public String toString() {
        return "criteriaAnalyzer(" + placeholders + ")";
    }
}
