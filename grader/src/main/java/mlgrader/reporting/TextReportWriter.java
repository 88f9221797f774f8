package mlgrader.reporting;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import mlgrader.report.AssessmentInfo;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Diagnostic;
import mlgrader.report.Finding;
import mlgrader.report.GroupResult;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.Visibility;

/** The terminal report: a summary, group scores, each test's verdict, then findings and compiler messages. */
public final class TextReportWriter implements ReportWriter {

  private static final String RESET = "\u001b[0m";
  private static final String GREEN = "\u001b[32m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  private final boolean color;

  public TextReportWriter(boolean color) {
    this.color = color;
  }

  @Override
  public void write(Report report, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    out.println(paint(BOLD, "ML Grader " + report.grader().version()) + "  submission " + safe(report.submission().label())
        + " (sha256 " + Figures.shortHash(report.submission().sha256()) + ")  seed " + report.seed() + "  report for "
        + report.audience().name().toLowerCase(Locale.ROOT));
    AssessmentInfo assessment = report.assessment();
    if (assessment != null) {
      out.println("Assessment " + assessment.name() + ": " + assessment.title()
          + (assessment.timeLimitMinutes() == null ? "" : "  (time limit " + assessment.timeLimitMinutes() + " min)"));
    }
    for (ChallengeResult r : report.results()) {
      challenge(out, r, assessment);
    }
    if (report.results().size() > 1 || assessment != null) {
      out.println();
      out.println(paint(BOLD, "Total: " + Figures.points(report.score()) + " / " + Figures.points(report.maxScore())
          + (assessment == null ? "" : " (weighted)")));
    }
    out.flush();
  }

  private void challenge(PrintWriter out, ChallengeResult r, AssessmentInfo assessment) {
    out.println();
    out.println(paint(BOLD, r.challengeId() + ": " + r.title())
        + (assessment == null ? "" : "  (weight " + Figures.points(assessment.weightOf(r.challengeId())) + ")"));
    String score = r.maxScore() > 0
        ? "score " + Figures.points(r.score()) + " / " + Figures.points(r.maxScore()) + " (" + Figures.points(r.percent()) + " %)"
        : publicSummary(r);
    out.println("  " + paint(r.outcome() == Outcome.GRADED ? BOLD : RED, Figures.outcome(r.outcome())) + "   " + score
        + "   isolation " + r.isolation() + "   " + Figures.duration(r.durationMillis()));
    // Tests that never ran (nothing compiled, or nothing was submitted) would only repeat "not run" for every test.
    boolean ran = r.outcome() == Outcome.GRADED;
    if (ran && !r.groups().isEmpty() && r.maxScore() > 0) {
      out.println();
      for (GroupResult g : r.groups()) {
        out.printf(Locale.ROOT, "  %-40s %7s / %-5s %d/%d passed%n", g.title(), Figures.points(g.score()), Figures.points(g.weight()),
            g.passed(), g.total());
      }
    }
    if (ran && !r.tests().isEmpty()) {
      out.println();
      for (TestResult t : r.tests()) {
        test(out, t);
      }
    }
    if (!r.findings().isEmpty()) {
      out.println();
      out.println("  Findings:");
      for (Finding f : r.findings()) {
        out.println("    [" + f.kind().name().toLowerCase(Locale.ROOT) + "] " + (f.location().isEmpty() ? "" : safe(f.location()) + ": ")
            + safe(f.message()));
        if (f.detail() != null) {
          indent(out, f.detail(), "        ");
        }
      }
    }
    if (!r.diagnostics().isEmpty()) {
      out.println();
      out.println("  Compiler:");
      for (Diagnostic d : r.diagnostics()) {
        out.println("    " + paint(d.severity().equals("error") ? RED : YELLOW, safe(d.render())));
      }
    }
  }

  private void test(PrintWriter out, TestResult t) {
    String mark = t.passed() ? paint(GREEN, "✔") : paint(RED, "✘");
    String where = t.visibility() == Visibility.PUBLIC ? "public" : t.group();
    String points = t.maxPoints() > 0 ? Figures.points(t.points()) + "/" + Figures.points(t.maxPoints()) : "";
    out.printf(Locale.ROOT, "  %s %-60s %9s%s%n", mark, safe(where + " › " + t.name()), points,
        t.passed() ? "" : "  " + paint(DIM, Figures.verdict(t.status())));
    if (!t.passed() && t.message() != null) {
      indent(out, t.message(), "      ");
    }
    if (!t.passed() && t.detail() != null) {
      indent(out, t.detail(), "        ");
    }
    if (t.output() != null && !t.output().isBlank()) {
      out.println("      output:");
      indent(out, t.output(), "        ");
    }
  }

  private static String publicSummary(ChallengeResult r) {
    long passed = r.tests().stream().filter(TestResult::passed).count();
    return passed + " of " + r.tests().size() + " public tests passed";
  }

  private static void indent(PrintWriter out, String text, String prefix) {
    text.lines().limit(40).forEach(l -> out.println(prefix + safe(l)));
  }

  /**
   * Text the candidate controls with its control characters made visible ({@code ^[} for ESC), so that it cannot
   * move the cursor, fake colours or rewrite earlier lines of the terminal.
   */
  static String safe(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '\n' || c == '\t') {
        b.append(c);
      } else if (c < 0x20) {
        b.append('^').append((char) (c + 64));
      } else if (c >= 0x7f && c <= 0x9f) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
