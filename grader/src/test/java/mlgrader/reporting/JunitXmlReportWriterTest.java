package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.report.TestStatus;
import mlgrader.report.Visibility;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitXmlReportWriterTest {

  @Test
  void everyReportIsValidSurefireXml() throws Exception {
    for (Report report : List.of(SampleReports.report(SampleReports.toyMean()), ReportFixtures.assessment(), ReportFixtures.hostile(),
        Redaction.forAudience(ReportFixtures.withSecrets(), Audience.CANDIDATE))) {
      validate(Rendered.raw(ReportFormat.JUNIT, report));
    }
  }

  @Test
  void theSchemaRejectsWhatSurefireWouldNot() {
    String bad = "<testsuite name=\"x\" tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\" timestamp=\"now\">"
        + "<testcase name=\"t\" time=\"0.1234\"/></testsuite>";
    assertThrowsSaxError(bad);
  }

  @Test
  void countsAndElementsFollowEachTestsStatus() throws Exception {
    Report report = ReportFixtures.assessment();
    Document xml = parse(Rendered.raw(ReportFormat.JUNIT, report));
    Element suite = xml.getDocumentElement();
    List<mlgrader.report.TestResult> all = report.results().stream().flatMap(r -> r.tests().stream()).toList();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("ml-grader.core", suite.getAttribute("name"));
    assertEquals(Integer.toString(all.size()), suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals(Long.toString(all.stream().filter(t -> t.status() != TestStatus.PASSED && t.status() != TestStatus.FAILED).count()),
        suite.getAttribute("errors"));
    assertEquals(all.size(), suite.getElementsByTagName("testcase").getLength());
    assertEquals(1, suite.getElementsByTagName("failure").getLength());
    Element notCompiled = testcase(xml, "toy-median.Golden", "golden a");
    assertEquals("not run: does not compile", ((Element) notCompiled.getElementsByTagName("error").item(0)).getAttribute("message"));
    assertTrue(properties(xml).contains("toy-median.diagnostic.1=challenge/median/MedianImpl.java:6:19: error: ';' expected"),
        properties(xml).toString());
  }

  @Test
  void candidateTextIsEscapedAndCharactersXmlCannotHoldAreReplaced() throws Exception {
    String nasty = "a\u0000b\u001bc\uD800d <x/> & ]]>";
    Report report = SampleReports.report(SampleReports.challenge("demo", "Demo", List.of(
        SampleReports.test("T#t()", nasty, "public", Visibility.PUBLIC, TestStatus.FAILED, 0, 0, nasty, nasty, nasty)),
        List.of(), List.of()));
    String text = Rendered.raw(ReportFormat.JUNIT, report);
    validate(text);
    Element test = (Element) parse(text).getElementsByTagName("testcase").item(0);
    assertEquals("a\uFFFDb\uFFFDc\uFFFDd <x/> & ]]>", test.getAttribute("name"));
    assertEquals("a\uFFFDb\uFFFDc\uFFFDd <x/> & ]]>", test.getElementsByTagName("system-out").item(0).getTextContent());
  }

  static void validate(String xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    var schema = factory.newSchema(new StreamSource(JunitXmlReportWriterTest.class.getResource("/schemas/surefire-test-report.xsd").toString()));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static void assertThrowsSaxError(String xml) {
    boolean rejected;
    try {
      validate(xml);
      rejected = false;
    } catch (Exception e) {
      rejected = true;
    }
    assertTrue(rejected, "the schema accepted " + xml);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static Element testcase(Document xml, String classname, String name) {
    NodeList cases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("classname").equals(classname) && e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no testcase " + classname + " " + name);
  }

  private static List<String> properties(Document xml) {
    List<String> found = new ArrayList<>();
    NodeList p = xml.getElementsByTagName("property");
    for (int i = 0; i < p.getLength(); i++) {
      Element e = (Element) p.item(i);
      found.add(e.getAttribute("name") + "=" + e.getAttribute("value"));
    }
    assertFalse(found.isEmpty());
    return found;
  }
}
