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
import mlgrader.report.InterviewTopic;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.TestResult;

/**
 * GitHub-flavoured Markdown, suitable for {@code $GITHUB_STEP_SUMMARY}. Text the candidate controls (messages,
 * output, diagnostics) is escaped in table cells and fenced in code blocks elsewhere, so it cannot inject markup.
 */
public final class MarkdownReportWriter implements ReportWriter {

  @Override
  public void write(Report report, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    out.println("# ML Grader report");
    out.println();
    // Candidate text goes through cell() and never into a code span, where backslash escapes do not work.
    out.println("Submission **" + cell(report.submission().label()) + "** · sha256 `" + Figures.shortHash(report.submission().sha256())
        + "` · catalogue `" + Figures.shortHash(report.grader().catalogHash()) + "` · seed " + report.seed() + " · grader "
        + cell(report.grader().version()) + " · " + report.audience().name().toLowerCase(Locale.ROOT) + " view");
    AssessmentInfo assessment = report.assessment();
    if (assessment != null) {
      out.println();
      out.println("Assessment **" + cell(assessment.title()) + "** (" + cell(assessment.name()) + ")"
          + (assessment.timeLimitMinutes() == null ? "" : " · time limit " + assessment.timeLimitMinutes() + " min"));
    }
    if (report.results().size() > 1 || assessment != null) {
      out.println();
      out.println("**Total: " + Figures.points(report.score()) + " / " + Figures.points(report.maxScore()) + "**"
          + (assessment == null ? "" : " (weighted)"));
      summary(out, report);
    }
    for (ChallengeResult r : report.results()) {
      challenge(out, r);
    }
    out.flush();
  }

  private static void summary(PrintWriter out, Report report) {
    out.println();
    out.println("| Challenge | Topic | Weight | Score | Outcome |");
    out.println("|---|---|---:|---:|---|");
    for (ChallengeResult r : report.results()) {
      String weight = report.assessment() == null ? "–" : Figures.points(report.assessment().weightOf(r.challengeId()));
      out.println("| " + cell(r.title()) + " | S" + r.section() + " " + cell(InterviewTopic.of(r.section()).title()) + " | " + weight
          + " | " + Figures.points(r.score()) + " / " + Figures.points(r.maxScore()) + " | " + Figures.outcome(r.outcome()) + " |");
    }
  }

  private static void challenge(PrintWriter out, ChallengeResult r) {
    out.println();
    out.println("## " + cell(r.title()) + " (`" + r.challengeId() + "`)");
    out.println();
    out.println("**" + Figures.points(r.score()) + " / " + Figures.points(r.maxScore()) + "** · " + Figures.outcome(r.outcome())
        + " · isolation " + cell(r.isolation()) + " · " + Figures.duration(r.durationMillis()));
    // Tests that never ran (nothing compiled, or nothing was submitted) would only repeat "not run" for every test.
    boolean ran = r.outcome() == Outcome.GRADED;
    if (ran && !r.groups().isEmpty() && r.maxScore() > 0) {
      out.println();
      out.println("| Group | Points | Passed |");
      out.println("|---|---:|---:|");
      for (GroupResult g : r.groups()) {
        out.println("| " + cell(g.title()) + " | " + Figures.points(g.score()) + " / " + Figures.points(g.weight()) + " | "
            + g.passed() + "/" + g.total() + " |");
      }
    }
    if (ran && !r.tests().isEmpty()) {
      out.println();
      out.println("| | Test | Group | Points | Verdict |");
      out.println("|---|---|---|---:|---|");
      for (TestResult t : r.tests()) {
        out.println("| " + (t.passed() ? "✅" : "❌") + " | " + cell(t.name()) + " | " + cell(t.group()) + " | "
            + (t.maxPoints() > 0 ? Figures.points(t.points()) + " / " + Figures.points(t.maxPoints()) : "–") + " | "
            + Figures.verdict(t.status()) + " |");
      }
      for (TestResult t : r.tests()) {
        if (!t.passed() && (t.message() != null || t.detail() != null)) {
          out.println();
          out.println("<details><summary>" + html(t.name()) + "</summary>");
          out.println();
          fenced(out, (t.message() == null ? "" : t.message()) + (t.detail() == null ? "" : "\n\n" + t.detail()));
          out.println("</details>");
        }
      }
    }
    if (!r.findings().isEmpty()) {
      out.println();
      out.println("### Findings");
      out.println();
      for (Finding f : r.findings()) {
        out.println("- **" + f.kind().name().toLowerCase(Locale.ROOT) + "** " + (f.location().isEmpty() ? "" : cell(f.location()) + ": ")
            + cell(f.message()));
      }
    }
    if (!r.diagnostics().isEmpty()) {
      out.println();
      out.println("### Compiler");
      out.println();
      fenced(out, String.join("\n", r.diagnostics().stream().map(Diagnostic::render).toList()));
    }
  }

  /** Escapes text for a table cell or inline position: no pipes, no HTML, no newlines, no emphasis. */
  static String cell(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '|', '\\', '*', '_', '`', '[', ']', '#', '~' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Escapes text for one line of HTML: a line break could end the HTML block and let the rest render as Markdown. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace('\r', ' ').replace('\n', ' ');
  }

  /** A code block whose fence is longer than any backtick run inside, so the text cannot close it. */
  private static void fenced(PrintWriter out, String text) {
    int longest = 0;
    int run = 0;
    for (char c : text.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    out.println(fence + "text");
    out.println(text);
    out.println(fence);
  }
}
