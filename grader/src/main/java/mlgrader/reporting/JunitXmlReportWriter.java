package mlgrader.reporting;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Diagnostic;
import mlgrader.report.Finding;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.report.TestStatus;

/**
 * JUnit XML in Maven Surefire's layout (one {@code <testsuite>} root, as in {@code surefire-test-report-3.0.xsd}),
 * which CodeGrade, Artemis, Jenkins, GitLab and the GitHub test-report actions read.
 *
 * <p>Every expected test is a {@code <testcase>}: class name {@code <challenge>.<group>}, its group in
 * {@code group}. A failed assertion is a {@code <failure>}; an error, time-out, crash or a test that never ran
 * (the code did not compile) is an {@code <error>}. The schema allows nothing at suite level but properties, so
 * scores, hashes, findings and compiler messages are properties. Characters XML 1.0 cannot hold are replaced.
 */
public final class JunitXmlReportWriter implements ReportWriter {

  private static final int MESSAGE_LIMIT = 1_000;
  private static final int BODY_LIMIT = 64 * 1024;

  @Override
  public void write(Report report, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      suite(xml, report);
      xml.writeEndDocument();
      xml.flush();
      out.write("\n");
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static void suite(XMLStreamWriter xml, Report report) throws XMLStreamException {
    List<TestResult> all = report.results().stream().flatMap(r -> r.tests().stream()).toList();
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", suiteName(report));
    xml.writeAttribute("time", Figures.seconds(report.results().stream().mapToLong(ChallengeResult::durationMillis).sum()));
    xml.writeAttribute("tests", Integer.toString(all.size()));
    xml.writeAttribute("errors", Long.toString(all.stream().filter(t -> isError(t.status())).count()));
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("failures", Long.toString(all.stream().filter(t -> t.status() == TestStatus.FAILED).count()));
    properties(xml, report);
    for (ChallengeResult r : report.results()) {
      for (TestResult t : r.tests()) {
        testcase(xml, r, t);
      }
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
  }

  private static String suiteName(Report report) {
    if (report.assessment() != null) {
      return "ml-grader." + report.assessment().name();
    }
    return report.results().size() == 1 ? "ml-grader." + report.results().get(0).challengeId() : "ml-grader";
  }

  private static void properties(XMLStreamWriter xml, Report report) throws XMLStreamException {
    List<String[]> p = new ArrayList<>();
    p.add(new String[] {"grader.version", report.grader().version()});
    p.add(new String[] {"catalogue.sha256", report.grader().catalogHash()});
    p.add(new String[] {"submission.label", report.submission().label()});
    p.add(new String[] {"submission.sha256", report.submission().sha256()});
    p.add(new String[] {"seed", Long.toString(report.seed())});
    p.add(new String[] {"audience", report.audience().name().toLowerCase(Locale.ROOT)});
    if (report.assessment() != null) {
      p.add(new String[] {"assessment", report.assessment().name()});
    }
    p.add(new String[] {"score", Figures.points(report.score())});
    p.add(new String[] {"maxScore", Figures.points(report.maxScore())});
    for (ChallengeResult r : report.results()) {
      String id = r.challengeId();
      p.add(new String[] {id + ".outcome", r.outcome().name()});
      p.add(new String[] {id + ".score", Figures.points(r.score()) + " / " + Figures.points(r.maxScore())});
      p.add(new String[] {id + ".isolation", r.isolation()});
      for (int i = 0; i < r.findings().size(); i++) {
        Finding f = r.findings().get(i);
        p.add(new String[] {id + ".finding." + (i + 1), "[" + f.kind().name().toLowerCase(Locale.ROOT) + "] "
            + (f.location().isEmpty() ? "" : f.location() + ": ") + f.message()});
      }
      for (int i = 0; i < r.diagnostics().size(); i++) {
        Diagnostic d = r.diagnostics().get(i);
        p.add(new String[] {id + ".diagnostic." + (i + 1), d.render()});
      }
    }
    xml.writeCharacters("\n  ");
    xml.writeStartElement("properties");
    for (String[] property : p) {
      xml.writeCharacters("\n    ");
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", clean(property[0], MESSAGE_LIMIT));
      xml.writeAttribute("value", clean(property[1], BODY_LIMIT));
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void testcase(XMLStreamWriter xml, ChallengeResult r, TestResult t) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", clean(t.name(), MESSAGE_LIMIT));
    xml.writeAttribute("classname", r.challengeId() + "." + t.group());
    xml.writeAttribute("group", t.group());
    xml.writeAttribute("time", Figures.seconds(t.durationMillis()));
    boolean nested = !t.passed() || (t.output() != null && !t.output().isEmpty());
    if (!t.passed()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement(t.status() == TestStatus.FAILED ? "failure" : "error");
      xml.writeAttribute("message", clean(message(r, t), MESSAGE_LIMIT));
      xml.writeAttribute("type", t.status().name());
      String body = (t.message() == null ? "" : t.message()) + (t.detail() == null ? "" : "\n" + t.detail());
      xml.writeCharacters(clean(body, BODY_LIMIT));
      xml.writeEndElement();
    }
    if (t.output() != null && !t.output().isEmpty()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(clean(t.output(), BODY_LIMIT));
      xml.writeEndElement();
    }
    if (nested) {
      xml.writeCharacters("\n  ");
    }
    xml.writeEndElement();
  }

  private static String message(ChallengeResult r, TestResult t) {
    if (t.status() == TestStatus.NOT_RUN && r.outcome() != Outcome.GRADED) {
      return "not run: " + Figures.outcome(r.outcome());
    }
    if (t.message() != null) {
      return t.message().lines().findFirst().orElse("");
    }
    return Figures.verdict(t.status()) + " (" + Figures.points(t.points()) + " of " + Figures.points(t.maxPoints()) + " points)";
  }

  private static boolean isError(TestStatus status) {
    return status != TestStatus.PASSED && status != TestStatus.FAILED;
  }

  /** The text capped and with every character XML 1.0 cannot hold (NUL, most controls, lone surrogates) replaced. */
  static String clean(String text, int limit) {
    String capped = Figures.cap(text, limit);
    StringBuilder b = new StringBuilder(capped.length());
    for (int i = 0; i < capped.length(); i++) {
      char c = capped.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < capped.length() && Character.isLowSurrogate(capped.charAt(i + 1))) {
        b.append(c).append(capped.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
        b.append(c);
      } else {
        b.append('\uFFFD');
      }
    }
    return b.toString();
  }
}
