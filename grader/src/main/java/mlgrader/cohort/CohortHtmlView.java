package mlgrader.cohort;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.similarity.SimilarityReport;

/**
 * What the cohort page shows, worked out from the reports and the similarity check: every number formatted and every
 * chart's geometry computed, so the template only places text (which Pebble escapes) and does no arithmetic.
 *
 * @param title the page title
 * @param period when the reports were made ("2026-01-02 03:04 UTC", or a range)
 * @param grader the grader and catalogue that graded them
 * @param isolation the isolation levels in force
 * @param candidates how many candidates
 * @param challengeCount how many challenges
 * @param mean the mean score, percent
 * @param median the median score, percent
 * @param flaggedPairs how many similar pairs were flagged ("off" when the check was turned off)
 * @param testsToReview how many hidden tests nobody or everybody passed
 * @param histogram the score distribution
 * @param challenges per-challenge figures
 * @param testTables per-test pass rates, one table per challenge
 * @param similarity the similarity section, or null when the check was off
 * @param pairs the side-by-side views of the flagged pairs shown
 * @param challengeHeaders the challenge columns of the candidate table
 * @param candidateRows one row per candidate
 */
public record CohortHtmlView(String title, String period, String grader, String isolation, int candidates, int challengeCount,
    String mean, String median, String flaggedPairs, long testsToReview, ScoreHistogram histogram, List<PassRates.ChallengeRow> challenges,
    List<PassRates.TestTable> testTables, SimilaritySection similarity, List<SideBySide.PairView> pairs, List<String> challengeHeaders,
    List<CandidateRow> candidateRows) {

  /**
   * One candidate's row.
   *
   * @param id the candidate's id
   * @param href the link to the candidate's HTML report, or null when there is none
   * @param percent the score, percent
   * @param score "63.5 / 100"
   * @param width the score bar's width, percent of its track
   * @param level the score's level word
   * @param cells one cell per challenge
   * @param findings findings over all challenges
   * @param similarTo candidates this one was flagged with, each with the anchor of the pair's view
   */
  public record CandidateRow(String id, String href, String percent, String score, String width, String level, List<Cell> cells,
      long findings, List<Link> similarTo) {}

  /**
   * A challenge cell of the candidate table.
   *
   * @param text the percentage, or the outcome when its tests did not run
   * @param css its class
   */
  public record Cell(String text, String css) {}

  /**
   * A link.
   *
   * @param text what it says
   * @param anchor where it goes in the page
   */
  public record Link(String text, String anchor) {}

  /**
   * The similarity section.
   *
   * @param tool the comparison engine
   * @param metric the metric the threshold applies to
   * @param threshold the threshold, percent
   * @param minimumTokens the shortest match
   * @param challenges per challenge
   */
  public record SimilaritySection(String tool, String metric, String threshold, int minimumTokens, List<SideBySide.ChallengePairs> challenges) {}

  /** The view of a cohort; {@code htmlReport} tells which candidates have an HTML report to link to. */
  static CohortHtmlView of(List<Report> reports, SimilarityReport similarity, Map<String, SourceSnapshot> sources,
      Predicate<String> htmlReport) {
    List<String> challengeIds = CohortSimilarity.challengeIds(reports);
    List<Double> percents = reports.stream().map(Report::percent).sorted().toList();
    List<SideBySide.PairView> pairs = similarity == null ? List.of() : SideBySide.views(similarity, sources);
    List<PassRates.TestTable> tests = PassRates.tests(reports, challengeIds);
    SimilaritySection section = similarity == null ? null : new SimilaritySection(similarity.tool(), similarity.metric(),
        points(similarity.threshold()) + " %", similarity.minimumTokenMatch(), SideBySide.challenges(similarity, reports, pairs));
    return new CohortHtmlView("ML Grader cohort report", period(reports), grader(reports), isolation(reports), reports.size(),
        challengeIds.size(), percents.isEmpty() ? "–" : number(mean(percents)) + " %", percents.isEmpty() ? "–" : number(median(percents)) + " %",
        similarity == null ? "off" : Long.toString(similarity.flaggedPairs()),
        tests.stream().mapToLong(t -> t.rows().stream().filter(r -> r.flag() != null).count()).sum(), ScoreHistogram.of(percents),
        PassRates.challenges(reports, challengeIds), tests, section, pairs,
        challengeIds.stream().map(id -> title(reports, id)).toList(), candidateRows(reports, challengeIds, similarity, pairs, htmlReport));
  }

  private static List<CandidateRow> candidateRows(List<Report> reports, List<String> challengeIds, SimilarityReport similarity,
      List<SideBySide.PairView> pairs, Predicate<String> htmlReport) {
    List<CandidateRow> rows = new ArrayList<>();
    for (Report r : reports) {
      String id = r.submission().label();
      List<Cell> cells = new ArrayList<>();
      for (String c : challengeIds) {
        ChallengeResult result = r.results().stream().filter(x -> x.challengeId().equals(c)).findFirst().orElse(null);
        cells.add(cell(result));
      }
      double percent = r.percent();
      rows.add(new CandidateRow(id, htmlReport.test(id) ? "candidates/" + id + "/report.html" : null, number(percent) + " %",
          points(r.score()) + " / " + points(r.maxScore()), number(Math.max(percent, 0.5)), level(percent), cells,
          r.results().stream().mapToLong(x -> x.findings().size()).sum(), SideBySide.partnersOf(id, similarity, pairs)));
    }
    return rows;
  }

  private static Cell cell(ChallengeResult result) {
    if (result == null) {
      return new Cell("–", "muted");
    }
    if (result.outcome() == Outcome.GRADED) {
      return new Cell(number(result.percent()) + " %", "level-" + level(result.percent()));
    }
    return new Cell(outcome(result.outcome()), "outcome");
  }

  static String title(List<Report> reports, String challengeId) {
    return reports.stream().flatMap(r -> r.results().stream()).filter(c -> c.challengeId().equals(challengeId)).map(ChallengeResult::title)
        .findFirst().orElse(challengeId);
  }

  private static String period(List<Report> reports) {
    if (reports.isEmpty()) {
      return "no reports";
    }
    Instant first = reports.stream().map(Report::generatedAt).min(Instant::compareTo).orElseThrow();
    Instant last = reports.stream().map(Report::generatedAt).max(Instant::compareTo).orElseThrow();
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
    String a = f.format(first.atOffset(ZoneOffset.UTC));
    String b = f.format(last.atOffset(ZoneOffset.UTC));
    return a.equals(b) ? a : a + " – " + b;
  }

  private static String grader(List<Report> reports) {
    return String.join(", ", reports.stream().map(r -> r.grader().name() + " " + r.grader().version() + " · catalogue "
        + r.grader().catalogHash().substring(0, Math.min(12, r.grader().catalogHash().length()))).distinct().sorted().toList());
  }

  private static String isolation(List<Report> reports) {
    List<String> levels = reports.stream().flatMap(r -> r.results().stream()).filter(c -> c.outcome() == Outcome.GRADED)
        .map(ChallengeResult::isolation).distinct().sorted().toList();
    return levels.isEmpty() ? "none (no code ran)" : String.join(", ", levels);
  }

  /** A recruiter's word for a percentage (the same bands as the candidate report). */
  static String level(double percent) {
    if (percent >= 85) {
      return "strong";
    }
    if (percent >= 65) {
      return "proficient";
    }
    return percent >= 40 ? "developing" : "gap";
  }

  static String outcome(Outcome outcome) {
    return switch (outcome) {
      case GRADED -> "graded";
      case COMPILATION_FAILED -> "does not compile";
      case API_MISMATCH -> "API mismatch";
      case POLICY_VIOLATION -> "policy violation";
      case INVALID_SUBMISSION -> "invalid";
      case NOT_ATTEMPTED -> "not attempted";
    };
  }

  /** Points as a person writes them: {@code 70}, {@code 62.5}, {@code 8.25} (at most two decimals). */
  static String points(double value) {
    java.math.BigDecimal d = java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** One decimal, {@link Locale#ROOT}. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** The median of sorted values. */
  static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
