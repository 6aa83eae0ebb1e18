package vn.pakn.search.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import vn.pakn.search.analysis.AnalyzedText;
import vn.pakn.search.analysis.VietnameseAnalyzer;
import vn.pakn.search.analysis.VietnameseTextNormalizer;
import vn.pakn.search.eval.EvalReport;
import vn.pakn.search.eval.GeneratedReport;
import vn.pakn.search.eval.JsonlReportReader;
import vn.pakn.search.eval.ReportGenerator;

/**
 * Indexing analyses a report once: the search fields replay {@link AnalyzedText}'s tokens and the features are
 * built from its folded syllables. Both must be exactly what the two analysis chains give, or the index would
 * differ from what queries (analysed by the chains) expect.
 */
class ReportFeaturesTest {
  private static final Analyzer SEARCH = new VietnameseAnalyzer(VietnameseAnalyzer.Options.SEARCH);
  private static final Analyzer FOLDED_BIGRAMS = new VietnameseAnalyzer(VietnameseAnalyzer.Options.FOLDED_BIGRAMS);

  /** Title and text pairs: the team's labelled set, generated reports and hand-made hard cases. */
  private static List<String[]> corpus() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (EvalReport r : JsonlReportReader.read(Path.of("eval-data", "pakn-dedup-vi.jsonl")).reports()) {
      out.add(new String[] {r.title(), r.text()});
    }
    ReportGenerator.generate(7L, 3_000).map(g -> new String[] {g.title(), g.text()}).forEach(out::add);
    Stream.of(
        new String[] {"Mất điện", "ở ngõ 12 đường Nguyễn Trãi, gọi 0912 345 678"},
        new String[] {"Ngập SỐ 12/3", "hẻm 45/6/7B, ngách 5 kiệt 82 tổ 14 khu phố 3 ngập sâu"},
        new String[] {"", "Cúp điện khu phố 3 từ 8h. Liên hệ +84 912 345 678 hoặc (028) 3823 4567"},
        new String[] {null, "Mất điện"},
        new String[] {"mat dien", ""},
        new String[] {"và của là", "thì mà ở"},
        new String[] {null, java.text.Normalizer.normalize("Ổ gà trước số 5 Lê Lợi", java.text.Normalizer.Form.NFD)})
        .forEach(out::add);
    return out;
  }

  @Test
  void searchTokensAreTheSearchChainsTokens() throws IOException {
    for (String[] report : corpus()) {
      for (String raw : report) {
        String text = VietnameseTextNormalizer.normalize(raw);
        AnalyzedText analyzed = AnalyzedText.of(text);
        List<String> expectedTerms = new ArrayList<>();
        List<Integer> expectedIncrements = new ArrayList<>();
        analyze(SEARCH, text, expectedTerms, expectedIncrements);
        assertThat(analyzed.terms()).as("terms of %s", text).isEqualTo(expectedTerms);
        assertThat(analyzed.increments()).as("increments of %s", text)
            .containsExactly(expectedIncrements.stream().mapToInt(Integer::intValue).toArray());
      }
    }
  }

  @Test
  void featureTermsAreTheFoldedBigramChainsTermsOfTitleAndText() throws IOException {
    int checked = 0;
    for (String[] report : corpus()) {
      String title = VietnameseTextNormalizer.normalize(report[0]);
      String text = VietnameseTextNormalizer.normalize(report[1]);
      String all = title.isBlank() ? text : title + " . " + text;
      List<String> expected = new ArrayList<>();
      analyze(FOLDED_BIGRAMS, all, expected, new ArrayList<>());
      ReportFeatures f = ReportFeatures.of(title, text);
      assertThat(f.terms()).as("terms of %s", all).isEqualTo(expected);
      assertThat(f.topics()).isEqualTo(ProblemTopics.ofText(all));
      List<String> places = PlaceNames.of(all);
      assertThat(f.places()).hasSize(Math.min(places.size(), ReportFeatures.DEFAULT_MAX_PLACES));
      checked++;
    }
    assertThat(checked).isGreaterThan(3_600);
  }

  private static void analyze(Analyzer a, String text, List<String> terms, List<Integer> increments)
      throws IOException {
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
        increments.add(inc.getPositionIncrement());
      }
      ts.end();
    }
  }
}
