package io.phasegate.core.gate.criteria;

import io.phasegate.core.issue.RichText;
import java.util.List;

/** Short ways to run the analyzer in tests and read what it found. */
final class Analyses {
    static final CriteriaAnalyzer ANALYZER = CriteriaAnalyzer.withDefaults();

    private Analyses() {}

    static CriteriaAnalysis section(RichText text) {
        return ANALYZER.analyzeSection(text, CriteriaAnalyzer.DEFAULT_HEADING);
    }

    static List<String> texts(CriteriaAnalysis analysis) {
        return analysis.criteria().stream().map(Criterion::text).toList();
    }

    static RichText wiki(String markup) {
        return new RichText.WikiMarkup(markup);
    }

    static RichText plain(String text) {
        return new RichText.Plain(text);
    }

    static RichText adf(String json) {
        return new RichText.Adf(JsonTree.parseObject(json));
    }
}
