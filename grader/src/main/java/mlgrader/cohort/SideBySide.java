package mlgrader.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mlgrader.catalog.SourceFile;
import mlgrader.report.Report;
import mlgrader.similarity.ChallengeSimilarity;
import mlgrader.similarity.MatchedRegion;
import mlgrader.similarity.SimilarPair;
import mlgrader.similarity.SimilarityReport;

/**
 * The similarity part of the cohort page: the flagged pairs per challenge and, for the most similar ones, both
 * submissions side by side with the matched lines highlighted (one colour per matched region). Sources are the
 * candidates' text, shown escaped and capped.
 */
final class SideBySide {

  /** Pairs shown side by side; the rest are listed, and all are in {@code similarity.json}. */
  static final int MAX_VIEWS = 40;
  /** Lines shown per file. */
  static final int MAX_LINES = 500;
  /** Characters shown per line. */
  static final int MAX_LINE_LENGTH = 240;
  /** Flagged pairs listed per challenge; the rest are counted, and all are in {@code similarity.json}. */
  static final int MAX_ROWS = 200;
  /** Partners named per candidate in the candidate table. */
  static final int MAX_PARTNERS = 5;
  /** Highlight colours, reused in turn. */
  static final int COLOURS = 6;

  private SideBySide() {}

  /**
   * One challenge's flagged pairs.
   *
   * @param id the challenge id
   * @param title its title
   * @param compared submissions compared
   * @param pairsCompared pairs compared
   * @param distribution pairs per tenth of similarity, as "n" strings with bar heights
   * @param baseCode whether the starter stub was left out as base code
   * @param note why nothing was compared, or null
   * @param excluded candidates left out, with the reason
   * @param pairs the flagged pairs listed (at most {@link #MAX_ROWS})
   * @param unlisted flagged pairs not listed
   */
  public record ChallengePairs(String id, String title, int compared, long pairsCompared, List<Bucket> distribution, boolean baseCode,
      String note, List<String> excluded, List<PairRow> pairs, int unlisted) {}

  /**
   * One tenth of the similarity distribution.
   *
   * @param label "60–70 %"
   * @param count pairs in it
   * @param width its bar's width, percent of the track
   * @param flagged whether it is at or above the threshold
   */
  public record Bucket(String label, int count, String width, boolean flagged) {}

  /**
   * A flagged pair in the list.
   *
   * @param first one candidate
   * @param second the other
   * @param similarity average similarity, percent
   * @param maxSimilarity maximum similarity, percent
   * @param tokens matched tokens
   * @param regions matched regions
   * @param anchor the id of its side-by-side view, or null when it is not shown
   */
  public record PairRow(String first, String second, String similarity, String maxSimilarity, int tokens, int regions, String anchor) {}

  /**
   * Two submissions side by side.
   *
   * @param anchor its id in the page
   * @param challenge the challenge's id
   * @param first one candidate
   * @param second the other
   * @param similarity average similarity, percent
   * @param regions the matched regions, in words, each with its colour
   * @param left the first candidate's files
   * @param right the second candidate's files
   */
  public record PairView(String anchor, String challenge, String first, String second, String similarity, List<RegionLabel> regions,
      List<FileView> left, List<FileView> right) {}

  /**
   * A matched region's legend entry.
   *
   * @param css its colour class
   * @param text "GradientClipperImpl.java 12–30 ↔ 10–27 · 58 tokens"
   */
  public record RegionLabel(String css, String text) {}

  /**
   * One file.
   *
   * @param path its path
   * @param lines its lines
   * @param truncated whether lines were left out
   */
  public record FileView(String path, List<Line> lines, boolean truncated) {}

  /**
   * One line of a file.
   *
   * @param number its number
   * @param text its text (capped)
   * @param css its highlight class, or "" when it is in no region
   */
  public record Line(int number, String text, String css) {}

  static List<PairView> views(SimilarityReport similarity, Map<String, SourceSnapshot> sources) {
    List<PairView> views = new ArrayList<>();
    for (ChallengeSimilarity c : similarity.challenges()) {
      for (SimilarPair p : c.pairs()) {
        if (views.size() < MAX_VIEWS) {
          views.add(view(c.challengeId(), p, sources));
        }
      }
    }
    return views;
  }

  static List<ChallengePairs> challenges(SimilarityReport similarity, List<Report> reports, List<PairView> views) {
    List<ChallengePairs> list = new ArrayList<>();
    for (ChallengeSimilarity c : similarity.challenges()) {
      int max = c.distribution().stream().mapToInt(Integer::intValue).max().orElse(0);
      List<Bucket> buckets = new ArrayList<>();
      for (int i = 0; i < c.distribution().size(); i++) {
        int n = c.distribution().get(i);
        buckets.add(new Bucket(i * 10 + "–" + (i * 10 + 10) + " %", n, CohortHtmlView.number(max == 0 || n == 0 ? 0 : Math.max(2, 100.0 * n / max)),
            (i + 1) * 10 > similarity.threshold()));
      }
      List<PairRow> rows = c.pairs().stream().limit(MAX_ROWS).map(p -> new PairRow(p.first(), p.second(), CohortHtmlView.number(p.similarity()) + " %",
          CohortHtmlView.number(p.maxSimilarity()) + " %", p.matchedTokens(), p.regions().size(), anchorIfShown(c.challengeId(), p, views))).toList();
      list.add(new ChallengePairs(c.challengeId(), CohortHtmlView.title(reports, c.challengeId()), c.compared(), c.pairsCompared(), buckets,
          c.baseCode(), c.note(), c.excluded().stream().map(e -> e.candidate() + ": " + e.reason()).toList(), rows,
          c.pairs().size() - rows.size()));
    }
    return list;
  }

  /**
   * The candidates {@code candidate} was flagged with (the {@link #MAX_PARTNERS} most similar, then a count of the
   * rest), linking to the pair's view where it is shown.
   */
  static List<CohortHtmlView.Link> partnersOf(String candidate, SimilarityReport similarity, List<PairView> views) {
    List<CohortHtmlView.Link> links = new ArrayList<>();
    if (similarity == null) {
      return links;
    }
    int more = 0;
    for (ChallengeSimilarity c : similarity.challenges()) {
      for (SimilarPair p : c.pairs()) {
        if ((p.first().equals(candidate) || p.second().equals(candidate)) && links.size() == MAX_PARTNERS) {
          more++;
        } else if (p.first().equals(candidate) || p.second().equals(candidate)) {
          String other = p.first().equals(candidate) ? p.second() : p.first();
          String anchor = anchorIfShown(c.challengeId(), p, views);
          links.add(new CohortHtmlView.Link(other + " (" + CohortHtmlView.number(p.similarity()) + " %)", anchor == null ? "similarity" : anchor));
        }
      }
    }
    if (more > 0) {
      links.add(new CohortHtmlView.Link("+" + more + " more", "similarity"));
    }
    return links;
  }

  private static String anchorIfShown(String challengeId, SimilarPair p, List<PairView> views) {
    String anchor = anchor(challengeId, p);
    return views.stream().anyMatch(v -> v.anchor().equals(anchor)) ? anchor : null;
  }

  private static String anchor(String challengeId, SimilarPair p) {
    return "pair-" + challengeId + "-" + p.first() + "-" + p.second();
  }

  private static PairView view(String challengeId, SimilarPair p, Map<String, SourceSnapshot> sources) {
    List<RegionLabel> labels = new ArrayList<>();
    for (int i = 0; i < p.regions().size(); i++) {
      MatchedRegion r = p.regions().get(i);
      labels.add(new RegionLabel(css(i), fileName(r.firstFile()) + " " + r.firstStartLine() + "–" + r.firstEndLine() + " ↔ "
          + fileName(r.secondFile()) + " " + r.secondStartLine() + "–" + r.secondEndLine() + " · " + r.tokens() + " tokens"));
    }
    return new PairView(anchor(challengeId, p), challengeId, p.first(), p.second(), CohortHtmlView.number(p.similarity()) + " %", labels,
        files(filesOf(sources, p.first(), challengeId), p.regions(), true), files(filesOf(sources, p.second(), challengeId), p.regions(), false));
  }

  private static List<SourceFile> filesOf(Map<String, SourceSnapshot> sources, String candidate, String challengeId) {
    SourceSnapshot s = sources.get(candidate);
    return s == null ? List.of() : s.filesOf(challengeId);
  }

  private static List<FileView> files(List<SourceFile> files, List<MatchedRegion> regions, boolean first) {
    List<FileView> views = new ArrayList<>();
    for (SourceFile f : files) {
      String[] text = f.content().split("\r\n|\r|\n", -1);
      int shown = Math.min(text.length, MAX_LINES);
      List<Line> lines = new ArrayList<>();
      for (int n = 1; n <= shown; n++) {
        String t = text[n - 1];
        lines.add(new Line(n, t.length() > MAX_LINE_LENGTH ? t.substring(0, MAX_LINE_LENGTH) + " …" : t, regionCss(f.path(), n, regions, first)));
      }
      views.add(new FileView(f.path(), lines, shown < text.length));
    }
    return views;
  }

  private static String regionCss(String path, int line, List<MatchedRegion> regions, boolean first) {
    for (int i = 0; i < regions.size(); i++) {
      MatchedRegion r = regions.get(i);
      String file = first ? r.firstFile() : r.secondFile();
      int from = first ? r.firstStartLine() : r.secondStartLine();
      int to = first ? r.firstEndLine() : r.secondEndLine();
      if (file.equals(path) && line >= from && line <= to) {
        return css(i);
      }
    }
    return "";
  }

  private static String css(int region) {
    return "m" + (region % COLOURS);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
