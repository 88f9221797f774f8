package mlgrader.reporting;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mlgrader.report.Audience;
import mlgrader.report.ChallengeResult;
import mlgrader.report.GroupResult;
import mlgrader.report.InterviewTopic;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.Visibility;

/**
 * What the HTML template shows, worked out from a report: every number already formatted and every chart's
 * geometry already computed, so the template only places text (which it escapes) and never does arithmetic.
 *
 * @param title the page title
 * @param candidate the submission's label
 * @param reviewer whether this is the reviewer view (hidden-test details present)
 * @param assessment the assessment's title, or null
 * @param timeLimit the assessment's time limit ("90 min"), or null
 * @param score points earned, formatted
 * @param maxScore points available, formatted
 * @param percent the percentage, formatted
 * @param level the percentage in a recruiter's word (strong, proficient, developing, gap)
 * @param donutDash the SVG stroke-dasharray of the total's donut
 * @param testsPassed tests passed, over all challenges
 * @param testsTotal tests, over all challenges
 * @param findings how many findings there are
 * @param facts label → value lines of the header (hashes, versions, seed, isolation, times, signature)
 * @param topics the skill profile, one row per interview topic
 * @param topicsHeight the skill chart's height in pixels
 * @param challenges one card per challenge
 */
public record HtmlReportView(
    String title, String candidate, boolean reviewer, String assessment, String timeLimit, String score, String maxScore,
    String percent, String level, String donutDash, long testsPassed, long testsTotal, long findings,
    Map<String, String> facts, List<TopicRow> topics, int topicsHeight, List<ChallengeCard> challenges) {

  static final double DONUT_CIRCUMFERENCE = 2 * Math.PI * 64;
  static final int TOPIC_ROW = 30;
  static final int TOPIC_BAR = 260;

  /**
   * One interview topic of the skill profile.
   *
   * @param label "S4 · Optimization techniques"
   * @param assessed whether any challenge covers it
   * @param percent the percentage, formatted ("" when not assessed)
   * @param level its level word, or "none"
   * @param note "2 challenges" or "not assessed"
   * @param y the row's top in the chart
   * @param width the bar's width in pixels
   */
  public record TopicRow(String label, boolean assessed, String percent, String level, String note, int y, String width) {}

  /**
   * One challenge's card.
   *
   * @param anchor its HTML id
   * @param id the challenge id
   * @param title its title
   * @param topic "S4 · Optimization techniques"
   * @param outcome the outcome in words
   * @param outcomeStyle how its outcome is shown: neutral (graded), warn (not attempted) or fail (rejected)
   * @param attempted whether the submission holds an answer to it
   * @param score points earned, formatted
   * @param maxScore points available, formatted
   * @param percent the percentage, formatted
   * @param level its level word
   * @param weight its weight in the assessment, or null
   * @param duration time spent grading it
   * @param isolation the isolation in force
   * @param groups its group scores
   * @param evidence its tests, grouped as in the hidden suite
   * @param findings its findings
   * @param diagnostics compiler messages, one per line
   */
  public record ChallengeCard(String anchor, String id, String title, String topic, String outcome, String outcomeStyle, boolean attempted,
      String score, String maxScore, String percent, String level, String weight, String duration, String isolation,
      List<GroupRow> groups, List<GroupEvidence> evidence, List<FindingRow> findings, List<String> diagnostics) {}

  /**
   * A hidden-suite group's score.
   *
   * @param title its title
   * @param score "21 / 35"
   * @param passed "6 / 7 passed"
   * @param width the bar's width, percent of the track
   * @param level its level word
   */
  public record GroupRow(String title, String score, String passed, String width, String level) {}

  /**
   * The tests of one group.
   *
   * @param title the group's title ("Public tests" for the candidate's own)
   * @param summary "6 of 7 passed · 30 / 35 points"
   * @param tests the tests
   */
  public record GroupEvidence(String title, String summary, List<TestEvidence> tests) {}

  /**
   * One test.
   *
   * @param name its name
   * @param passed whether it passed
   * @param verdict its verdict in words
   * @param points "5 / 5", or "" for a public test
   * @param duration its time
   * @param hidden whether it is a hidden test
   * @param details message, detail and output for the reviewer (or for a public test), or null
   */
  public record TestEvidence(String name, boolean passed, String verdict, String points, String duration, boolean hidden, String details) {}

  /**
   * One finding.
   *
   * @param kind its kind in words
   * @param location where, or ""
   * @param message what
   * @param detail reviewer-only evidence, or null
   */
  public record FindingRow(String kind, String location, String message, String detail) {}

  /** The view of a report. */
  static HtmlReportView of(Report report) {
    List<ChallengeCard> cards = new ArrayList<>();
    for (ChallengeResult r : report.results()) {
      cards.add(card(report, r));
    }
    List<TestResult> tests = report.results().stream().flatMap(r -> r.tests().stream()).toList();
    double percent = report.percent();
    String label = report.submission().label();
    return new HtmlReportView("ML Grader report: " + label, label, report.audience() == Audience.REVIEWER,
        report.assessment() == null ? null : report.assessment().title(),
        report.assessment() == null || report.assessment().timeLimitMinutes() == null ? null
            : report.assessment().timeLimitMinutes() + " min",
        Figures.points(report.score()), Figures.points(report.maxScore()), Figures.points(percent), SkillProfile.level(percent),
        number(DONUT_CIRCUMFERENCE * percent / 100) + " " + number(DONUT_CIRCUMFERENCE),
        tests.stream().filter(TestResult::passed).count(), tests.size(),
        report.results().stream().mapToLong(r -> r.findings().size()).sum(), facts(report), topics(report),
        TOPIC_ROW * InterviewTopic.values().length, cards);
  }

  private static Map<String, String> facts(Report report) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Submission", report.submission().sha256());
    facts.put("Catalogue", report.grader().catalogHash());
    facts.put("Grader", report.grader().name() + " " + report.grader().version());
    facts.put("Seed", Long.toString(report.seed()));
    List<String> isolation = report.results().stream().filter(r -> r.outcome() == Outcome.GRADED).map(ChallengeResult::isolation)
        .distinct().toList();
    facts.put("Isolation", isolation.isEmpty() ? "none (no code ran)" : String.join(", ", isolation));
    facts.put("Grading time", Figures.duration(report.results().stream().mapToLong(ChallengeResult::durationMillis).sum()));
    facts.put("Generated", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
        .format(report.generatedAt().atOffset(ZoneOffset.UTC)));
    facts.put("Signature", report.signature() == null ? "not signed"
        : report.signature().algorithm() + ", key " + report.signature().keyId() + " (check with grader verify)");
    return facts;
  }

  private static List<TopicRow> topics(Report report) {
    List<TopicRow> rows = new ArrayList<>();
    int y = 0;
    for (SkillProfile.TopicScore line : SkillProfile.of(report)) {
      String label = "S" + line.topic().section() + " · " + line.topic().title();
      if (line.assessed()) {
        rows.add(new TopicRow(label, true, Figures.points(line.percent()) + " %", SkillProfile.level(line.percent()),
            line.challenges() == 1 ? "1 challenge" : line.challenges() + " challenges", y,
            number(Math.max(2, TOPIC_BAR * line.percent() / 100))));
      } else {
        rows.add(new TopicRow(label, false, "", "none", "not assessed", y, "0"));
      }
      y += TOPIC_ROW;
    }
    return rows;
  }

  private static ChallengeCard card(Report report, ChallengeResult r) {
    boolean attempted = r.outcome() != Outcome.NOT_ATTEMPTED;
    boolean ran = r.outcome() == Outcome.GRADED;
    List<GroupRow> groups = ran ? r.groups().stream().filter(g -> g.weight() > 0).map(HtmlReportView::group).toList() : List.of();
    List<FindingRow> findings = r.findings().stream().map(f -> new FindingRow(f.kind().name().toLowerCase(Locale.ROOT), f.location(),
        f.message(), f.detail())).toList();
    InterviewTopic topic = InterviewTopic.of(r.section());
    return new ChallengeCard("challenge-" + r.challengeId(), r.challengeId(), r.title(), "S" + topic.section() + " · " + topic.title(),
        Figures.outcome(r.outcome()), r.outcome().rejected() ? "fail" : attempted ? "neutral" : "warn", attempted,
        Figures.points(r.score()), Figures.points(r.maxScore()),
        Figures.points(r.percent()), SkillProfile.level(r.percent()),
        report.assessment() == null ? null : Figures.points(report.assessment().weightOf(r.challengeId())),
        Figures.duration(r.durationMillis()), r.isolation(), groups, ran ? evidence(r) : List.of(), findings,
        r.diagnostics().stream().map(d -> d.render()).toList());
  }

  private static GroupRow group(GroupResult g) {
    double percent = g.weight() == 0 ? 0 : 100 * g.score() / g.weight();
    return new GroupRow(g.title(), Figures.points(g.score()) + " / " + Figures.points(g.weight()),
        g.passed() + " / " + g.total() + " passed", number(percent), SkillProfile.level(percent));
  }

  private static List<GroupEvidence> evidence(ChallengeResult r) {
    Map<String, List<TestResult>> byGroup = new LinkedHashMap<>();
    r.tests().forEach(t -> byGroup.computeIfAbsent(t.group(), k -> new ArrayList<>()).add(t));
    List<GroupEvidence> evidence = new ArrayList<>();
    for (Map.Entry<String, List<TestResult>> e : byGroup.entrySet()) {
      List<TestResult> tests = e.getValue();
      boolean hidden = tests.get(0).visibility() == Visibility.HIDDEN;
      String title = r.groups().stream().filter(g -> g.name().equals(e.getKey())).map(GroupResult::title).findFirst()
          .orElse(hidden ? e.getKey() : "Public tests (the candidate has them; no points)");
      long passed = tests.stream().filter(TestResult::passed).count();
      double earned = tests.stream().mapToDouble(TestResult::points).sum();
      double available = tests.stream().mapToDouble(TestResult::maxPoints).sum();
      String summary = passed + " of " + tests.size() + " passed"
          + (hidden ? " · " + Figures.points(earned) + " / " + Figures.points(available) + " points" : "");
      evidence.add(new GroupEvidence(title, summary, tests.stream().map(HtmlReportView::test).toList()));
    }
    return evidence;
  }

  private static TestEvidence test(TestResult t) {
    List<String> parts = new ArrayList<>();
    if (!t.passed()) {
      parts.add(t.message());
      parts.add(t.detail());
    }
    parts.add(t.output() == null || t.output().isBlank() ? null : "output:\n" + t.output());
    parts.removeIf(p -> p == null || p.isBlank());
    String details = parts.isEmpty() ? null : Figures.cap(String.join("\n\n", parts), 20_000);
    return new TestEvidence(t.name(), t.passed(), Figures.verdict(t.status()),
        t.maxPoints() > 0 ? Figures.points(t.points()) + " / " + Figures.points(t.maxPoints()) : "",
        Figures.duration(t.durationMillis()), t.visibility() == Visibility.HIDDEN, details);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
