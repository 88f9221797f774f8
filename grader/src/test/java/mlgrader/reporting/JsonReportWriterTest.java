package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import mlgrader.report.Finding;
import mlgrader.report.Report;
import mlgrader.report.TestStatus;
import mlgrader.report.Visibility;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

  @Test
  void aReportReadsBackEqualToTheOneWritten() throws Exception {
    Report report = SampleReports.report(SampleReports.toyMean(), SampleReports.toyMean());
    assertEquals(report, JsonReportWriter.read(new StringReader(write(report))));
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() throws Exception {
    String first = write(SampleReports.report(SampleReports.toyMean()));
    assertEquals(first, write(JsonReportWriter.read(new StringReader(first))));
  }

  @Test
  void hostileTextSurvivesTheRoundTripExactly() throws Exception {
    String nasty = "tab\there \"quoted\" back\\slash\nnewline \u0000nul \u001b[2J é ✔ \uD83D\uDE00";
    Report report =
        SampleReports.report(
            SampleReports.challenge(
                "demo",
                "Demo",
                List.of(
                    SampleReports.test(
                        "T#t()",
                        nasty,
                        "public",
                        Visibility.PUBLIC,
                        TestStatus.FAILED,
                        0,
                        0,
                        nasty,
                        nasty,
                        nasty)),
                List.of(new Finding(Finding.Kind.INPUT, nasty, nasty, nasty)),
                List.of()));
    Report back = JsonReportWriter.read(new StringReader(write(report)));
    assertEquals(report, back);
    assertEquals(nasty, back.results().get(0).tests().get(0).output());
  }

  @Test
  void theJsonCarriesTheSchemaVersion() throws Exception {
    String json = write(SampleReports.report(SampleReports.toyMean()));
    assertTrue(json.contains("\"schemaVersion\" : " + Report.SCHEMA_VERSION), json);
  }

  @Test
  void theCallersWriterStaysOpen() throws Exception {
    StringWriter sink = new StringWriter();
    Writer guarded =
        new Writer() {
          private boolean closed;

          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            if (closed) {
              throw new IOException("closed");
            }
            sink.write(buffer, offset, length);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {
            closed = true;
          }
        };
    new JsonReportWriter().write(SampleReports.report(SampleReports.toyMean()), guarded);
    guarded.write("after");
    assertTrue(sink.toString().endsWith("after"));
  }

  private static String write(Report report) throws Exception {
    StringWriter out = new StringWriter();
    new JsonReportWriter().write(report, out);
    return out.toString();
  }
}
