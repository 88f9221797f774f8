package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.testing.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recruiter's page in a real headless Chromium: it renders without a single console message (so no script ran
 * and nothing was blocked), attacker-chosen text stays text in the DOM, and a screenshot of each page is kept in
 * {@code target/screenshots/} for a person to look at. Skipped, with a message, where Chromium is not installed.
 */
class HtmlReportChromiumIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  Path scratch;

  private HeadlessChromium chromium;

  @BeforeEach
  void findChromium() {
    chromium = HeadlessChromium.find(scratch).orElse(null);
    Assumptions.assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium); the browser checks of the HTML report are skipped");
  }

  @Test
  void theAssessmentReportRendersWithoutConsoleMessagesAndIsScreenshotted() throws Exception {
    Path page = write("report-assessment", ReportFixtures.assessment());
    Path png = SCREENSHOTS.resolve("report-assessment.png");
    HeadlessChromium.PageLoad shot = chromium.screenshot(page, png, 1280, 2600);
    assertEquals(List.of(), shot.consoleMessages());
    assertPng(png);
    String dom = chromium.dumpDom(page).stdout();
    assertTrue(dom.contains("Skill profile") && dom.contains("27.5%") && dom.contains("Challenge toy-median"), "the page did not render");
  }

  @Test
  void theCandidateViewOfAGradedChallengeRendersCleanly() throws Exception {
    Path page = write("report-candidate", Redaction.forAudience(ReportFixtures.withSecrets(), Audience.CANDIDATE));
    Path png = SCREENSHOTS.resolve("report-candidate.png");
    assertEquals(List.of(), chromium.screenshot(page, png, 1280, 2000).consoleMessages());
    assertPng(png);
  }

  @Test
  void markupAndScriptsInCandidateTextStayText() throws Exception {
    Path page = write("report-hostile", ReportFixtures.hostile());
    HeadlessChromium.PageLoad dom = chromium.dumpDom(page);
    assertEquals(List.of(), dom.consoleMessages(), "a blocked script or image means markup got through");
    assertFalse(dom.stdout().contains("<img") || dom.stdout().contains("<script"), "an element was injected into the DOM");
    assertTrue(dom.stdout().contains("&lt;script&gt;alert('x')&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;"), "not shown as text");
    Path png = SCREENSHOTS.resolve("report-hostile.png");
    assertEquals(List.of(), chromium.screenshot(page, png, 1280, 1400).consoleMessages());
    assertPng(png);
  }

  @Test
  void theConsoleCheckCatchesAPageThatMisbehaves() throws Exception {
    Path page = scratch.resolve("bad.html");
    Files.writeString(page, "<!DOCTYPE html><title>bad</title><script>throw new Error('probe')</script>");
    List<String> console = chromium.dumpDom(page).consoleMessages();
    assertTrue(console.stream().anyMatch(l -> l.contains("Uncaught Error: probe")), "the console check sees nothing: " + console);
  }

  private Path write(String name, Report report) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path page = SCREENSHOTS.resolve(name + ".html");
    try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      new HtmlReportWriter().write(report, w);
    }
    return page.toAbsolutePath();
  }

  private static void assertPng(Path png) throws IOException {
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 10_000, png + " is only " + bytes.length + " bytes");
    assertEquals((byte) 0x89, bytes[0]);
    assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
  }
}
