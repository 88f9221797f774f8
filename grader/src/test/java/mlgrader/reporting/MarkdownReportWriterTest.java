package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mlgrader.report.TestResult;
import mlgrader.report.TestStatus;
import mlgrader.report.Visibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile names and messages must stay inside their table cell or code block; the checks follow
 * CommonMark's rules for fences and GFM's for table cells.
 */
class MarkdownReportWriterTest {

  private static final String NAME =
      "pipe | <b>bold</b> `tick` ```fence``` & \"q\"\nnext line\r\n\n# heading";
  private static final String MESSAGE =
      "line one\n```\n| injected | row |\n```\n````\n</details><script>alert(1)</script>\n~~~\n";

  private static List<String> lines;
  private static String fencedContent;
  private static String outsideFences;

  @BeforeAll
  static void render() throws Exception {
    List<TestResult> tests =
        List.of(
            SampleReports.test(
                "T#hostile()",
                NAME,
                "Golden",
                Visibility.HIDDEN,
                TestStatus.FAILED,
                0,
                60,
                MESSAGE,
                null,
                null),
            SampleReports.test(
                "T#plain()",
                "plain",
                "EdgeCases",
                Visibility.HIDDEN,
                TestStatus.PASSED,
                40,
                40,
                null,
                null,
                null));
    StringWriter out = new StringWriter();
    new MarkdownReportWriter()
        .write(
            SampleReports.report(
                SampleReports.challenge("demo", "Demo", tests, List.of(), List.of())),
            out);
    lines = out.toString().lines().toList();
    splitAtFences();
  }

  @Test
  void everyRowOfTheTestTableKeepsItsFiveCells() {
    int header = lines.indexOf("| | Test | Group | Points | Verdict |");
    assertTrue(header >= 0, String.join("\n", lines));
    List<String> rows = new ArrayList<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      rows.add(lines.get(i));
    }
    assertEquals(
        2,
        rows.size(),
        "a newline in a name must not add or split rows:\n" + String.join("\n", rows));
    for (String row : rows) {
      assertEquals(6, unescapedPipes(row), row);
    }
  }

  @Test
  void theMessageStaysInsideOneFenceLongerThanAnyBacktickRunInIt() {
    assertEquals(MESSAGE.stripTrailing(), fencedContent.stripTrailing());
    assertTrue(
        lines.contains("`````text"),
        "a message with four backticks in a row needs a five-backtick fence");
  }

  @Test
  void noHtmlOrHeadingFromANameOrMessageIsLiveOutsideTheFence() {
    assertFalse(outsideFences.contains("<b>"), outsideFences);
    assertFalse(outsideFences.contains("<script"), outsideFences);
    assertFalse(
        outsideFences
            .lines()
            .anyMatch(l -> l.startsWith("# heading") || l.startsWith("| injected")),
        outsideFences);
  }

  @Test
  void theSummaryOfAFailedTestIsOneLineSoItCannotEndTheDetailsBlock() {
    String summary =
        lines.stream().filter(l -> l.startsWith("<details><summary>")).findFirst().orElseThrow();
    assertTrue(summary.endsWith("</summary>"), "the name broke the summary line: " + summary);
    assertTrue(summary.contains("&lt;b&gt;bold&lt;/b&gt;"), summary);
  }

  /** Pipes that GFM reads as cell boundaries: those not escaped with a backslash. */
  private static int unescapedPipes(String row) {
    int n = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\') {
        i++;
      } else if (row.charAt(i) == '|') {
        n++;
      }
    }
    return n;
  }

  /**
   * Separates the first fenced block's content from the text outside every fence, as CommonMark
   * would.
   */
  private static void splitAtFences() {
    Pattern open = Pattern.compile("^(`{3,})text$");
    StringBuilder inside = new StringBuilder();
    StringBuilder outside = new StringBuilder();
    int fence = 0;
    boolean first = true;
    boolean inFirst = false;
    for (String line : lines) {
      if (fence == 0) {
        Matcher m = open.matcher(line);
        if (m.matches()) {
          fence = m.group(1).length();
          inFirst = first;
          first = false;
        } else {
          outside.append(line).append('\n');
        }
      } else if (line.strip().matches("`{" + fence + ",}")) {
        fence = 0;
        inFirst = false;
      } else if (inFirst) {
        inside.append(line).append('\n');
      }
    }
    assertEquals(0, fence, "a fence was never closed");
    fencedContent = inside.toString();
    outsideFences = outside.toString();
  }
}
