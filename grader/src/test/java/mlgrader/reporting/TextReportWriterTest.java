package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import mlgrader.report.Finding;
import mlgrader.report.Report;
import mlgrader.report.TestStatus;
import mlgrader.report.Visibility;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

  private static final char ESC = '\u001b';

  @Test
  void withoutColourThereIsNoEscapeCodeAnywhere() throws Exception {
    String text =
        render(SampleReports.report(SampleReports.toyMean(), SampleReports.toyMean()), false);
    assertFalse(text.indexOf(ESC) >= 0, text);
    assertTrue(text.contains("mean of a small vector"), text);
    assertTrue(text.contains("Total: "), "two results print a total");
  }

  @Test
  void withColourVerdictsArePainted() throws Exception {
    String text = render(SampleReports.report(SampleReports.toyMean()), true);
    assertTrue(text.contains(ESC + "[32m") && text.contains(ESC + "[31m"), text);
  }

  @Test
  void escapeCodesPrintedByTheCandidateNeverReachTheTerminal() throws Exception {
    String clear = ESC + "[2J" + ESC + "[1;1H";
    Report report =
        SampleReports.report(
            SampleReports.challenge(
                "demo",
                "Demo",
                List.of(
                    SampleReports.test(
                        "T#t()",
                        "t",
                        "public",
                        Visibility.PUBLIC,
                        TestStatus.FAILED,
                        0,
                        0,
                        "expected 1" + clear,
                        "at T.t" + clear,
                        "output" + clear + "\rPASSED")),
                List.of(
                    new Finding(Finding.Kind.SANDBOX, "", "crashed" + clear, "last words" + clear)),
                List.of()));
    for (boolean colour : new boolean[] {false, true}) {
      String text = render(report, colour);
      assertFalse(text.contains(ESC + "[2J") || text.contains(ESC + "[1;1H"), text);
    }
    assertFalse(render(report, false).indexOf(ESC) >= 0);
  }

  private static String render(Report report, boolean colour) throws Exception {
    StringWriter out = new StringWriter();
    new TextReportWriter(colour).write(report, out);
    return out.toString();
  }
}
